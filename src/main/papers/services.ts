/** Everything the handlers call, in one module that app.ts loads on first use (see there). */
export { chooseLogo, getLetterhead, previewTemplate, removeLogo, removeTemplate, updateLetterhead, uploadTemplate } from './officeService';
export { PapersService, templateInfos } from './service';
export { draftVignette, writeVignette } from './vignetteService';
