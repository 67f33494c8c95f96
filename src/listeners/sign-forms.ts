import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { PayloadSigner } from '../slack/payloads/signer.js';
import { signFormView } from '../slack/ui/modal.js';
import type { SlackApi } from '../slack/web/client.js';
import type { Workspace } from '../workspaces/workspace.js';

type AnyView = { callback_id?: string; private_metadata?: string };

/**
 * Every prospect form leaves signed. Listeners that build the form with the signer (the submission's
 * answers) sign it themselves; the ones that do not pass it yet (the command, the shortcut, the Home
 * tab's button through openProspectForm) have it signed here, as their views go out through the
 * request's workspace client. Once they all pass `deps.signer`, this middleware can go.
 */
export function signOutgoingForms(signer: PayloadSigner): Middleware<AnyMiddlewareArgs> {
  const wrapped = new WeakMap<SlackApi, SlackApi>();
  const signing = (api: SlackApi): SlackApi => {
    let out = wrapped.get(api);
    if (!out) {
      out = signFormViews(api, signer);
      wrapped.set(api, out);
    }
    return out;
  };
  return async ({ context, next }) => {
    const workspace = context.workspace as Workspace | undefined;
    if (workspace) context.workspace = { ...workspace, slack: signing(workspace.slack) } satisfies Workspace;
    await next();
  };
}

/** The same client, with views.open / views.update signing a prospect form's origin. */
export function signFormViews(api: SlackApi, signer: PayloadSigner): SlackApi {
  const sign = <A extends { view: object }>(args: A): A => ({
    ...args,
    view: signFormView(args.view as AnyView, signer),
  });
  return {
    ...api,
    views: {
      ...api.views,
      open: (args) => api.views.open(sign(args)),
      update: (args) => api.views.update(sign(args)),
    },
  };
}
