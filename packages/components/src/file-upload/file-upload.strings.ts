import type { ComponentStrings } from '../internal/localize.js';

// French typography: a non-breaking space before « : » keeps the colon on the line of its word.
const nbsp = '\u00a0';

const fr = {
  fileChooseOne: 'Choisir un fichier',
  fileChooseMany: 'Choisir des fichiers',
  fileDropOne: 'ou glissez-déposez le fichier ici',
  fileDropMany: 'ou glissez-déposez les fichiers ici',
  fileDropHereOne: 'Vous pouvez aussi glisser-déposer le fichier ici',
  fileDropHereMany: 'Vous pouvez aussi glisser-déposer les fichiers ici',
  fileListLabel: 'Fichiers sélectionnés',
  fileRemove: 'Retirer',
  fileAdded: (name: string) => `${name} ajouté.`,
  fileAddedMany: (n: string) => `${n} fichiers ajoutés.`,
  fileRemoved: (name: string) => `${name} retiré.`,
  fileCount: (n: string, count: number) =>
    count === 0 ? 'Aucun fichier sélectionné.' : count === 1 ? '1 fichier sélectionné.' : `${n} fichiers sélectionnés.`,
  fileTypeImage: 'images',
  fileTypeAudio: 'fichiers audio',
  fileTypeVideo: 'vidéos',
  fileTypeNotAccepted: (name: string, types: string) =>
    `Le type du fichier ${name} n’est pas accepté. Types acceptés${nbsp}: ${types}.`,
  fileTooLarge: (name: string, max: string) => `Le fichier ${name} dépasse la taille maximale de ${max}.`,
  fileTooMany: (max: string, count: string, maxCount: number) =>
    maxCount === 1
      ? `Sélectionnez un seul fichier (vous en avez ${count}).`
      : `Sélectionnez au plus ${max} fichiers (vous en avez ${count}).`,
  fileProblemType: 'Type non accepté',
  fileProblemSize: 'Taille maximale dépassée',
};

const en: typeof fr = {
  fileChooseOne: 'Choose a file',
  fileChooseMany: 'Choose files',
  fileDropOne: 'or drag and drop the file here',
  fileDropMany: 'or drag and drop the files here',
  fileDropHereOne: 'You can also drag and drop the file here',
  fileDropHereMany: 'You can also drag and drop the files here',
  fileListLabel: 'Selected files',
  fileRemove: 'Remove',
  fileAdded: (name: string) => `${name} added.`,
  fileAddedMany: (n: string) => `${n} files added.`,
  fileRemoved: (name: string) => `${name} removed.`,
  fileCount: (n: string, count: number) =>
    count === 0 ? 'No file selected.' : count === 1 ? '1 file selected.' : `${n} files selected.`,
  fileTypeImage: 'images',
  fileTypeAudio: 'audio files',
  fileTypeVideo: 'videos',
  fileTypeNotAccepted: (name: string, types: string) =>
    `The file ${name} is not an accepted type. Accepted types: ${types}.`,
  fileTooLarge: (name: string, max: string) => `The file ${name} is larger than the maximum size of ${max}.`,
  fileTooMany: (max: string, count: string, maxCount: number) =>
    maxCount === 1 ? `Select only one file (you have ${count}).` : `Select at most ${max} files (you have ${count}).`,
  fileProblemType: 'Type not accepted',
  fileProblemSize: 'Larger than the maximum size',
};

/**
 * `<qc-file-upload>`'s own strings: the drop zone, the list, the announcements and the messages
 * for a wrong type, a file too large and too many files (the required message is the shared
 * `valueMissingFile`). Replace one for a page with `registerTranslation('fr', { fileRemove: '…' })`.
 */
export const fileUploadStrings: ComponentStrings<typeof fr> = { fr, en };
