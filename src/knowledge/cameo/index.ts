export { createCameoCodebook, parseCameoCodebook, quadClassOf, type CameoCode, type CameoCodebook } from './codebook.ts'
export { compileCameoModel, type CameoSources } from './compile.ts'
export { CAMEO_MODEL_FORMAT, DEFAULT_CAMEO_MODEL, cameoModelFromJson, loadCameoModel, type CameoModel, type CameoModelFile } from './model.ts'
export {
  parsePetrarchVerbs,
  type DictionaryVerb,
  type PatternElement,
  type PatternGroup,
  type PetrarchVerbDictionary,
  type VerbBlock,
  type VerbPattern,
} from './petrarch-verbs.ts'
export { formKind, regularVerbForms, type VerbFormKind, type VerbForms } from './verb-forms.ts'
