// The pipeline's files as the site imports them, typed by their schemas (project/src/artefacts.ts).
// The pipeline validates each file when it writes it, and the `artefacts` plugin again when the
// site builds, so these types are what the files hold. One declaration per file of `ARTEFACTS`.
declare module '@site/generated/manifest.json' {
  const value: import('@project/artefacts').Artefact<'manifest.json'>;
  export default value;
}
declare module '@site/generated/metrics.json' {
  const value: import('@project/artefacts').Artefact<'metrics.json'>;
  export default value;
}
declare module '@site/generated/performance.json' {
  const value: import('@project/artefacts').Artefact<'performance.json'>;
  export default value;
}
declare module '@site/generated/charts.json' {
  const value: import('@project/artefacts').Artefact<'charts.json'>;
  export default value;
}
declare module '@site/generated/quality.json' {
  const value: import('@project/artefacts').Artefact<'quality.json'>;
  export default value;
}
declare module '@site/generated/lesson-examples.json' {
  const value: import('@project/artefacts').Artefact<'lesson-examples.json'>;
  export default value;
}
declare module '@site/generated/analysis.json' {
  const value: import('@project/artefacts').Artefact<'analysis.json'>;
  export default value;
}
declare module '@site/generated/demo-examples.json' {
  const value: import('@project/artefacts').Artefact<'demo-examples.json'>;
  export default value;
}
declare module '@site/generated/ml-figures.json' {
  const value: import('@project/artefacts').Artefact<'ml-figures.json'>;
  export default value;
}
declare module '@site/generated/software-engineering.json' {
  const value: import('@project/artefacts').Artefact<'software-engineering.json'>;
  export default value;
}
declare module '@site/generated/public/data/model.json' {
  const value: import('@project/artefacts').Artefact<'public/data/model.json'>;
  export default value;
}
declare module '@site/generated/public/data/sample.json' {
  const value: import('@project/artefacts').Artefact<'public/data/sample.json'>;
  export default value;
}
declare module '@site/generated/public/data/drift.json' {
  const value: import('@project/artefacts').Artefact<'public/data/drift.json'>;
  export default value;
}
declare module '@site/generated/public/data/results.json' {
  const value: import('@project/artefacts').Artefact<'public/data/results.json'>;
  export default value;
}
declare module '@site/generated/communication.json' {
  const value: import('@project/artefacts').Artefact<'communication.json'>;
  export default value;
}
// Written by the data-dictionary plugin (src/plugins/data-dictionary.ts) from the same schemas.
declare module '@site/generated/data-dictionary.json' {
  const value: import('@site/src/plugins/data-dictionary').DictionaryRecord[];
  export default value;
}
// Written by the api-reference plugin (src/plugins/api-reference.ts) from project/src/spam-filter.ts.
declare module '@site/generated/api-reference.json' {
  const value: import('@site/src/plugins/api-reference').ApiReference;
  export default value;
}
declare module '@site/generated/public/data/end-to-end.json' {
  const value: import('@project/artefacts').Artefact<'public/data/end-to-end.json'>;
  export default value;
}
