/**
 * The web pages of Add to Slack: the install page, and the page a Slack admin lands on after
 * installing (or after an install that failed). Plain HTML, every value escaped.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}
a.button{display:inline-block;background:#4a154b;color:#fff;padding:.6rem 1.1rem;border-radius:.4rem;text-decoration:none}</style>
</head><body>${body}</body></html>`;
}

export function installPage(installUrl: string): string {
  return page(
    'Install Trata Prospects',
    `<h1>Trata Prospects for Slack</h1>
<p>Turn Slack conversations into Trata prospects: <code>/prospect</code>, a message shortcut, and cards posted back where the lead came from.</p>
<p><a class="button" href="${escapeHtml(installUrl)}">Add to Slack</a></p>
<p>After installing, open the app's Home tab in Slack and connect your Trata account with its API key.</p>`,
  );
}

export function installedPage(workspaceName: string, homeUrl: string): string {
  return page(
    'Trata Prospects is installed',
    `<h1>Installed in ${escapeHtml(workspaceName)}</h1>
<p>One step left: connect your Trata account. Open the app's Home tab and press <b>Connect Trata</b>.</p>
<p><a class="button" href="${escapeHtml(homeUrl)}">Open Trata Prospects in Slack</a></p>`,
  );
}

/** What went wrong, in words for the admin, and how to start again. */
export function installFailedPage(reason: string, installPath: string): string {
  return page(
    'Installation did not finish',
    `<h1>The installation did not finish</h1>
<p>${escapeHtml(reason)}</p>
<p><a class="button" href="${escapeHtml(installPath)}">Start again</a></p>`,
  );
}

/** Reasons by @slack/oauth error code; anything else is said generally (details go to the log). */
export function installFailureReason(code: string | undefined): string {
  switch (code) {
    case 'slack_oauth_invalid_state':
    case 'slack_oauth_missing_state':
      return 'The install link expired or was opened in another browser. Install links are valid for 10 minutes, in the browser that started them.';
    case 'slack_oauth_missing_code':
      return 'Slack did not send an authorisation code — the installation was cancelled or the page was opened directly.';
    case 'slack_oauth_installer_authorization_error':
      return 'The installation was cancelled, or Slack refused it (an install code can be used only once).';
    default:
      return 'Slack could not complete the installation.';
  }
}
