import {
  API,
  pathOf,
  type ApiRoutes,
  type BodyInput,
  type InputArgs,
  type ResponseOf,
} from '../../../core/api/routes';
import type { DepartmentAnswersResponse } from '../../../core/api/types';

type Name = keyof ApiRoutes;

/** A small API client for the browser tests' own checks (dev tokens, like the tab in dev mode), typed by the contract. */
export class AppClient {
  private tokens = new Map<string, string>();

  constructor(readonly url: string) {}

  devUsers() {
    return this.send('devUsers', undefined);
  }

  async tokenFor(aadObjectId: string): Promise<string> {
    const cached = this.tokens.get(aadObjectId);
    if (cached) return cached;
    const { token } = await this.send('devToken', undefined, { body: { aadObjectId } });
    this.tokens.set(aadObjectId, token);
    return token;
  }

  forum(as: string, forumId: string) {
    return this.call(as, 'forum', { params: { forumId } });
  }

  members(as: string, forumId: string) {
    return this.call(as, 'members', { params: { forumId } });
  }

  rounds(as: string, forumId: string) {
    return this.call(as, 'rounds', { params: { forumId } });
  }

  summary(as: string, departmentId: string) {
    return this.call(as, 'departmentSummary', { params: { departmentId } });
  }

  saveTakeaways(as: string, departmentId: string, text: string, expectedVersion: number) {
    return this.call(as, 'takeaways', { params: { departmentId }, body: { text, expectedVersion } });
  }

  /** One page of a question's answers in a department, newest first. */
  answers(
    as: string,
    departmentId: string,
    questionId: string,
    page: { limit?: number; cursor?: string } = {},
  ) {
    return this.call(as, 'departmentAnswers', { params: { departmentId, questionId }, query: page });
  }

  /** Every answer of the department, page after page (for checks). */
  async allAnswers(as: string, departmentId: string, questionIds: readonly string[]) {
    const all: DepartmentAnswersResponse['answers'] = [];
    for (const questionId of questionIds) {
      let cursor: string | null = null;
      do {
        const page: DepartmentAnswersResponse = await this.answers(as, departmentId, questionId, {
          limit: 100,
          ...(cursor ? { cursor } : {}),
        });
        all.push(...page.answers);
        cursor = page.nextCursor;
      } while (cursor);
    }
    return all;
  }

  /** Any JSON route of the contract, as this person. */
  async call<N extends Name>(as: string, name: N, ...input: InputArgs<ApiRoutes[N]>) {
    return this.send(name, await this.tokenFor(as), ...input);
  }

  private async send<N extends Name>(
    name: N,
    token: string | undefined,
    ...input: InputArgs<ApiRoutes[N]>
  ): Promise<ResponseOf<ApiRoutes[N]>> {
    const { method } = API[name];
    const path = pathOf(API[name], ...input);
    const body = (input[0] as { body?: BodyInput<ApiRoutes[N]> } | undefined)?.body;
    const response = await fetch(this.url + path, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as ResponseOf<ApiRoutes[N]>;
  }
}
