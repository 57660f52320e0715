export * from './baseline.ts';
export * from './kmeans.ts';
export * from './lsa.ts';
export * from './metrics.ts';
export * from './stopwords.ts';
export * from './text.ts';
export * from './tfidf.ts';
export * from './themes.ts';
