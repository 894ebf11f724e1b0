jest.mock('../../../src/risk/lexiconFile', () => ({ loadLexicon: () => ({ answers: {} }), defaultCompiledLexicons: () => { throw new Error('no'); } }));
require('./interpreter.test');
require('./summary.test');
require('../cards/questionCard.test');
require('../cards/summaryCard.test');
