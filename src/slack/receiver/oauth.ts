import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authorize, AuthorizeSourceData, Logger as BoltLogger, CustomRoute } from '@slack/bolt';
import { type CodedError, type Installation, InstallProvider, type OrgInstallation } from '@slack/oauth';
import type { Logger } from 'pino';
import type { DistributionConfig } from '../../config.js';
import { KeyedLock } from '../../runtime/keyed-lock.js';
import type { AppInstallationStore } from '../../store/installations.js';
import { installationKeyOf } from '../../workspaces/workspace.js';
import { BOT_SCOPES, ROUTES } from '../ids.js';
import { installedPage, installFailedPage, installFailureReason, installPage } from '../ui/install-pages.js';

/**
 * Add to Slack, with Bolt's own OAuth (@slack/oauth's InstallProvider): the install page, the OAuth
 * redirect (state checked, `oauth.v2.access` sent to SLACK_API_URL), and `authorize` for every request,
 * which finds the workspace's installation and refreshes rotating tokens.
 */
export interface Installer {
  routes: CustomRoute[];
  authorize: Authorize<boolean>;
}

export function createInstaller(options: {
  distribution: DistributionConfig;
  apiUrl: string;
  installationStore: AppInstallationStore;
  logger: Logger;
  boltLogger: BoltLogger;
}): Installer {
  const { distribution, apiUrl } = options;
  const slackOrigin = new URL(apiUrl).origin;
  const provider = new InstallProvider({
    clientId: distribution.clientId,
    clientSecret: distribution.clientSecret,
    stateSecret: distribution.stateSecret,
    installationStore: options.installationStore,
    installUrlOptions: { scopes: [...BOT_SCOPES] },
    // GovSlack and the test stand-ins: the authorisation page lives beside the Web API.
    authorizationUrl: `${slackOrigin}/oauth/v2/authorize`,
    clientOptions: { slackApiUrl: apiUrl },
    logger: options.boltLogger,
    renderHtmlForInstallPath: installPage,
  });

  const callbackOptions = {
    success(
      installation: Installation | OrgInstallation,
      _o: unknown,
      _req: IncomingMessage,
      res: ServerResponse,
    ) {
      const name = installation.isEnterpriseInstall
        ? (installation.enterprise?.name ?? 'your organisation')
        : (installation.team?.name ?? 'your workspace');
      const teamParam = installation.team?.id ?? installation.enterprise?.id ?? '';
      const homeUrl = `slack://app?team=${encodeURIComponent(teamParam)}&id=${encodeURIComponent(installation.appId ?? '')}&tab=home`;
      options.logger.info(
        {
          team: installation.team?.id,
          enterprise: installation.enterprise?.id,
          installer: installation.user.id,
        },
        'app installed',
      );
      sendHtml(res, 200, installedPage(name, homeUrl));
    },
    failure(error: CodedError, _o: unknown, _req: IncomingMessage, res: ServerResponse) {
      options.logger.warn({ err: error, code: error.code }, 'an install did not finish');
      sendHtml(res, 400, installFailedPage(installFailureReason(error.code), ROUTES.install));
    },
  };

  // A rotating token is refreshed once per installation even when many requests arrive together:
  // the second waits, then finds the refreshed token in the store (node-slack-sdk#2504).
  const lock = new KeyedLock();
  const authorize: Authorize<boolean> = (source: AuthorizeSourceData<boolean>) =>
    lock.run(installationKeyOf(source) ?? 'unknown', () => provider.authorize(source));

  const routes: CustomRoute[] = [
    {
      path: ROUTES.install,
      method: ['GET'],
      handler: (req, res) => {
        void provider.handleInstallPath(req, res).catch((error: unknown) => {
          options.logger.error({ err: error }, 'could not render the install page');
          sendHtml(res, 500, installFailedPage('The install page could not be shown.', ROUTES.install));
        });
      },
    },
    {
      path: ROUTES.oauthRedirect,
      method: ['GET'],
      handler: (req, res) => {
        void provider.handleCallback(req, res, callbackOptions).catch((error: unknown) => {
          options.logger.error({ err: error }, 'install callback failed');
          sendHtml(res, 500, installFailedPage(installFailureReason(undefined), ROUTES.install));
        });
      },
    },
  ];
  return { routes, authorize };
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}
