export { demoField } from './demoField.ts';
export { label, type Label } from './label.ts';
export { portalField, portalOptions, portalsField } from './portalsField.ts';
export { slugField } from './slugField.ts';
