import type {
  DepartmentAnswersResponse,
  DevUsersResponse,
  DepartmentSummaryResponse,
  ForumResponse,
  MembersResponse,
  RoundsResponse,
  TakeawaysResponse,
} from '../../../core/api/types';

/** A small API client for the browser tests' own checks (dev tokens, like the tab in dev mode). */
export class AppClient {
  private tokens = new Map<string, string>();

  constructor(readonly url: string) {}

  async devUsers(): Promise<DevUsersResponse> {
    return this.json<DevUsersResponse>('GET', '/api/dev/users');
  }

  async tokenFor(aadObjectId: string): Promise<string> {
    const cached = this.tokens.get(aadObjectId);
    if (cached) return cached;
    const { token } = await this.json<{ token: string }>('POST', '/api/dev/token', undefined, {
      aadObjectId,
    });
    this.tokens.set(aadObjectId, token);
    return token;
  }

  forum(as: string, forumId: string) {
    return this.authed<ForumResponse>(as, 'GET', `/api/forums/${forumId}`);
  }

  members(as: string, forumId: string) {
    return this.authed<MembersResponse>(as, 'GET', `/api/forums/${forumId}/members`);
  }

  rounds(as: string, forumId: string) {
    return this.authed<RoundsResponse>(as, 'GET', `/api/forums/${forumId}/rounds`);
  }

  summary(as: string, departmentId: string) {
    return this.authed<DepartmentSummaryResponse>(as, 'GET', `/api/departments/${departmentId}/summary`);
  }

  saveTakeaways(as: string, departmentId: string, text: string, expectedVersion: number) {
    return this.authed<TakeawaysResponse>(as, 'PUT', `/api/departments/${departmentId}/takeaways`, {
      text,
      expectedVersion,
    });
  }

  /** One page of a question's answers in a department, newest first. */
  answers(as: string, departmentId: string, questionId: string, query = '') {
    return this.authed<DepartmentAnswersResponse>(
      as,
      'GET',
      `/api/departments/${departmentId}/questions/${questionId}/answers${query}`,
    );
  }

  /** Every answer of the department, page after page (for checks). */
  async allAnswers(as: string, departmentId: string, questionIds: readonly string[]) {
    const all: DepartmentAnswersResponse['answers'] = [];
    for (const questionId of questionIds) {
      let cursor: string | null = null;
      do {
        const query: string = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: DepartmentAnswersResponse = await this.answers(as, departmentId, questionId, query);
        all.push(...page.answers);
        cursor = page.nextCursor;
      } while (cursor);
    }
    return all;
  }

  private async authed<T>(aadObjectId: string, method: string, path: string, body?: unknown): Promise<T> {
    return this.json<T>(method, path, await this.tokenFor(aadObjectId), body);
  }

  private async json<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await fetch(this.url + path, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
