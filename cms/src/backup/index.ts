export { backup, type BackupOptions } from './backup.ts';
export { restore, type RestoreOptions } from './restore.ts';
export { readManifest, uploadFolders, type BackupManifest } from './layout.ts';
