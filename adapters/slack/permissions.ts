/**
 * Who may change a channel's subscriptions and silences: named users, workspace admins and owners
 * (users.info), and members of configured user groups (usergroups.users.list). Answers are cached
 * briefly; an API failure refuses (fail closed) and is logged.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';

export interface ManagerPolicy {
  admins: boolean;
  groups: string[];
  users: string[];
  /** Cache lifetime (ms). */
  cache: number;
}

export class Permissions {
  private readonly admins = new Map<string, { value: boolean; until: number }>();
  private readonly members = new Map<string, { value: Set<string>; until: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly policy: ManagerPolicy,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async canManage(userId: string): Promise<boolean> {
    if (this.policy.users.includes(userId)) return true;
    if (this.policy.admins && (await this.isAdmin(userId))) return true;
    for (const g of this.policy.groups) if ((await this.groupMembers(g)).has(userId)) return true;
    return false;
  }

  private async isAdmin(userId: string): Promise<boolean> {
    const hit = this.admins.get(userId);
    if (hit && hit.until > this.now()) return hit.value;
    try {
      const res = await this.client.users.info({ user: userId });
      const u = res.user;
      const value = Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
      this.admins.set(userId, { value, until: this.now() + this.policy.cache });
      return value;
    } catch (err) {
      this.log.warn({ user: userId, code: 'permission_check_failed', err: (err as Error).message }, 'users.info failed; treating the user as not an admin');
      return false;
    }
  }

  private async groupMembers(group: string): Promise<Set<string>> {
    const hit = this.members.get(group);
    if (hit && hit.until > this.now()) return hit.value;
    try {
      const res = await this.client.usergroups.users.list({ usergroup: group });
      const value = new Set(res.users ?? []);
      this.members.set(group, { value, until: this.now() + this.policy.cache });
      return value;
    } catch (err) {
      this.log.warn({ group, code: 'permission_check_failed', err: (err as Error).message }, 'usergroups.users.list failed; treating the group as empty');
      return new Set();
    }
  }
}
