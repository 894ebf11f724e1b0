jest.mock('../../../src/risk/lexiconFile', () => ({ loadLexicon: () => ({ answers: {} }), defaultCompiledLexicons: () => { throw new Error('no'); } }));
require('./interpreter.test');
