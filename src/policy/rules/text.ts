import type { AccessRequest } from '../../request/types.js';
import type { Profile } from '../types.js';
import { child, fileSite, type Reasons, type Site } from './reasons.js';

export function checkTicket(request: AccessRequest, profile: Profile, reasons: Reasons, site: Site): void {
  const ticket = request.ticket;
  if (ticket === undefined) {
    if (profile.ticket.required) {
      reasons.error('E_POLICY_TICKET_REQUIRED', `profile "${profile.name}" requires a ticket`, site);
    }
    return;
  }
  const pattern = profile.ticket.pattern;
  if (pattern === undefined) return;
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    // The pattern is profile text: name the field, never echo it.
    reasons.error(
      'E_POLICY_PROFILE_INVALID',
      `the ticket pattern of profile "${profile.name}" is not a valid regular expression`,
      child(fileSite(profile), 'ticket', 'pattern'),
    );
    return;
  }
  // The ticket already matched a short, strict pattern, so a slow profile regex has little to chew on.
  if (!re.test(ticket)) {
    reasons.error('E_POLICY_TICKET_MISMATCH', `ticket "${ticket}" does not match the ticket pattern of profile "${profile.name}"`, child(site, 'ticket'));
  }
}

export function checkReason(request: AccessRequest, profile: Profile, reasons: Reasons, site: Site): void {
  const reason = request.reason;
  if (reason === undefined) {
    if (profile.reason.required) {
      reasons.error('E_POLICY_REASON_REQUIRED', `profile "${profile.name}" requires a reason`, site);
    }
    return;
  }
  // Code points, as a reader counts characters; the reason itself is never echoed.
  const length = [...reason].length;
  const at = child(site, 'reason');
  if (length < profile.reason.minLength) {
    reasons.error(
      'E_POLICY_REASON_TOO_SHORT',
      `the reason has ${length} characters; profile "${profile.name}" asks for at least ${profile.reason.minLength}`,
      at,
    );
  }
  if (length > profile.reason.maxLength) {
    reasons.error('E_POLICY_REASON_TOO_LONG', `the reason has ${length} characters; profile "${profile.name}" allows at most ${profile.reason.maxLength}`, at);
  }
}
