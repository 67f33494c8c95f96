import type { App } from '@slack/bolt';
import * as cardMenu from './actions/card-menu.js';
import * as connectTrata from './actions/connect-trata.js';
import * as findResult from './actions/find-result.js';
import * as homeFind from './actions/home-find.js';
import * as homeNewProspect from './actions/home-new-prospect.js';
import * as retrySubmission from './actions/retry-submission.js';
import * as setStatus from './actions/set-status.js';
import * as suggestion from './actions/suggestion.js';
import * as undo from './actions/undo.js';
import * as prospectCommand from './commands/prospect.js';
import type { ListenerDeps } from './context.js';
import * as appHome from './events/app-home.js';
import * as watchedMessage from './events/message.js';
import * as uninstall from './events/uninstall.js';
import * as workflowStep from './functions/create-prospect.js';
import * as messageShortcut from './shortcuts/create-prospect.js';
import * as findSubmit from './views/find-submit.js';
import * as prospectEdit from './views/prospect-edit.js';
import * as prospectSubmit from './views/prospect-submit.js';

/** Every entry point the app answers, one file each; ids live in slack/ids.ts. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  for (const listener of [
    prospectCommand,
    messageShortcut,
    prospectSubmit,
    retrySubmission,
    setStatus,
    homeNewProspect,
    appHome,
    connectTrata,
    uninstall,
    findResult,
    homeFind,
    findSubmit,
    cardMenu,
    prospectEdit,
    undo,
    workflowStep,
    watchedMessage,
    suggestion,
  ]) {
    listener.register(app, deps);
  }
}
