/** botframework-webchat's own prebuilt bundle (a devDependency), to compare with what the server sends. */
import path from 'node:path';

/** `dist/` is not in the package's exports map, so it is found beside the package's main file. */
export function webChatBundleFile(): string {
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}
