import type { Server } from 'restify';
import { API, type DevTokenResponse, type DevUser, type DevUsersResponse } from '../../../core/api';
import { exampleAadObjectId } from '../../../core/example-forum';
import { apiError } from '../http/api-error';
import { isLoopbackHost } from '../http/loopback-host';
import { routeRegistrar, type ApiRuntime, type Ctx } from '../http/route';

/**
 * Dev sign-in (config.auth.mode 'dev' only; 404 otherwise): pick a member, get a token
 * signed by the process's local key. config refuses dev mode in production and off localhost;
 * every dev route also refuses a Host header that is not loopback (DNS rebinding).
 */
export function registerDevRoutes(server: Server, rt: ApiRuntime): void {
  const register = routeRegistrar(server, rt);
  const { store } = rt.deps;
  const requireDev = ({ req }: Ctx) => {
    if (!rt.dev) throw apiError(404, 'not_found', 'error.devOnly');
    if (!isLoopbackHost(req.headers.host)) throw apiError(403, 'forbidden', 'error.devLoopbackOnly');
    return rt.dev;
  };

  register(API.devUsers, async (ctx) => {
    requireDev(ctx);
    const users = new Map<string, DevUser>();
    for (const forum of await store.listForums()) {
      const [members, departments] = await Promise.all([
        store.listMembers(forum.id),
        store.listDepartments(forum.id),
      ]);
      const names = new Map(departments.map((d) => [d.id, d.name]));
      for (const member of members) {
        const user = users.get(member.aadObjectId) ?? {
          aadObjectId: member.aadObjectId,
          name: member.name,
          memberships: [],
        };
        user.memberships.push({
          forumId: forum.id,
          forumName: forum.name,
          role: member.role,
          departmentNames: member.departmentIds.flatMap((id) => names.get(id) ?? []),
        });
        users.set(member.aadObjectId, user);
      }
    }
    const playgroundPerson = rt.deps.config.demo?.as;
    if (playgroundPerson) {
      const aad = exampleAadObjectId(playgroundPerson);
      const user = users.get(aad);
      if (user) users.set(aad, { ...user, inPlayground: true });
    }
    const body: DevUsersResponse = {
      users: [...users.values()].sort(
        (a, b) => Number(!!b.inPlayground) - Number(!!a.inPlayground) || a.name.localeCompare(b.name, 'da'),
      ),
    };
    return { json: body };
  });

  register(API.devToken, async (ctx) => {
    const dev = requireDev(ctx);
    const { aadObjectId } = ctx.body;
    const members = await store.findMembersByAadObjectId(aadObjectId.toLowerCase());
    if (members.length === 0) throw apiError(404, 'not_found', 'error.devUnknownUser');
    const issued = await dev.issue({ aadObjectId: aadObjectId.toLowerCase(), name: members[0]!.name });
    const reply: DevTokenResponse = issued;
    return { json: reply };
  });
}
