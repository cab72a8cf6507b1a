import type { Role } from '../api/types';

/** The four faces of the web app, each under its own route. */
export type Face = 'portal' | 'workbench' | 'command' | 'designer';

export const allFaces: Face[] = ['portal', 'workbench', 'command', 'designer'];

const facesOfRole: Record<Role, Face[]> = {
  applicant: ['portal'],
  officer: ['workbench'],
  supervisor: ['command'],
  designer: ['designer'],
  admin: allFaces,
};

/** The faces a role may use; signed out, only the portal (browsing and the public lookup). */
export function facesOf(role: Role | null | undefined): Face[] {
  return role ? facesOfRole[role] ?? [] : ['portal'];
}

/** Where a role lands after signing in. */
export function homeOf(role: Role | null | undefined): string {
  return `/${facesOf(role)[0] ?? 'portal'}`;
}
