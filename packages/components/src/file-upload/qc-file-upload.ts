import { QcFileUpload } from './file-upload.js';

export { QcFileUpload } from './file-upload.js';

QcFileUpload.define('qc-file-upload');

declare global {
  interface HTMLElementTagNameMap {
    'qc-file-upload': QcFileUpload;
  }
}
