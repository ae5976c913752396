import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../localize.js';
import type { validationStrings } from '../validation.strings.js';
import { FieldParts, firstContent } from './parts.js';

type Host = ReactiveControllerHost & HTMLElement & { legend?: string | null; description?: string | null };

/**
 * The legend and hint of a group whose items are fields of their own (switches): made before the
 * author's content, naming the host (`role="group"`, `aria-labelledby`) and describing it. No
 * controls, no validation, no form: only the group's name and hint, read from `legend` and
 * `description`.
 */
export class GroupLegendController implements ReactiveController {
  private readonly parts: FieldParts;
  // A framework re-rendering the children may remove the legend or hint: they are put back.
  private readonly observer = new MutationObserver(() => {
    if (this.parts.nodes.some((node) => !node.isConnected)) this.hostUpdated();
  });

  constructor(
    private readonly host: Host,
    localize: LocalizeController<never>,
  ) {
    this.parts = new FieldParts(
      host,
      true,
      localize as unknown as LocalizeController<(typeof validationStrings)['fr']>,
    );
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  hostUpdated(): void {
    this.parts.render(
      {
        label: this.host.legend?.trim() ?? '',
        description: this.host.description?.trim() ?? '',
        required: false,
        labelFor: null,
        // Legend and hint go first, before the author's content.
        anchor: firstContent(this.host, this.parts.nodes),
      },
      false,
    );
    this.parts.link({ target: this.host, extras: [], role: 'group' }, false);
  }
}
