// Part of `npm run build`: copies the web chat page's static files into dist/webchat/ and
// precompresses each with brotli (quality 11) and gzip (level 9), so the server never compresses
// at run time and production needs no botframework-webchat package (it is a devDependency).
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { brotliCompressSync, constants, gzipSync } = require('node:zlib');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'webchat');
const publicFolder = join(root, 'src', 'channel', 'webchat', 'public');
// `dist/` is not in botframework-webchat's exports map, so it is found beside the package's main file.
const webChatBundle = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

const files = {
  'webchat.js': webChatBundle,
  'page.js': join(publicFolder, 'page.js'),
  'page.css': join(publicFolder, 'page.css'),
  'icon.svg': join(publicFolder, 'icon.svg'),
};

mkdirSync(out, { recursive: true });
for (const [name, source] of Object.entries(files)) {
  const body = readFileSync(source);
  writeFileSync(join(out, name), body);
  const brotliParams = {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  };
  writeFileSync(join(out, `${name}.br`), brotliCompressSync(body, { params: brotliParams }));
  writeFileSync(join(out, `${name}.gz`), gzipSync(body, { level: 9 }));
}
