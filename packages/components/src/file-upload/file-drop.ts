import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FileDropOptions {
  /** Whether files may be dropped now (false when disabled). */
  canDrop(): boolean;
  /** Receives the files of a drop. */
  drop(files: File[]): void;
}

/**
 * Makes the host a drop target for files dragged from the desktop: `data-qc-dragover` is on the host
 * while files are over it (for styling), and a drop hands the files over. Drags of text or links
 * are left to the browser. A file drag is always cancelled, even when dropping is not allowed, so a
 * file dropped a little off target does not open in the tab in place of the half-filled form.
 */
export class FileDropController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: FileDropOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FileDropOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragenter', this.onDragOver);
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('dragleave', this.onDragLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragenter', this.onDragOver);
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('dragleave', this.onDragLeave);
    this.host.removeEventListener('drop', this.onDrop);
    this.host.removeAttribute('data-qc-dragover');
  }

  private isFileDrag(event: DragEvent): boolean {
    return [...(event.dataTransfer?.types ?? [])].includes('Files');
  }

  private readonly onDragOver = (event: DragEvent): void => {
    if (!this.isFileDrag(event)) return;
    event.preventDefault();
    const allowed = this.options.canDrop();
    if (event.dataTransfer) event.dataTransfer.dropEffect = allowed ? 'copy' : 'none';
    this.host.toggleAttribute('data-qc-dragover', allowed);
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    // Moving between the host's own children is not leaving.
    if (event.relatedTarget instanceof Node && this.host.contains(event.relatedTarget)) return;
    this.host.removeAttribute('data-qc-dragover');
  };

  private readonly onDrop = (event: DragEvent): void => {
    if (!this.isFileDrag(event)) return;
    event.preventDefault();
    this.host.removeAttribute('data-qc-dragover');
    if (this.options.canDrop()) this.options.drop([...(event.dataTransfer?.files ?? [])]);
  };
}
