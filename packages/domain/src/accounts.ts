import { z } from 'zod';
import { Email, Name } from './common.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits.ts';
import { LANGUAGES, ROLES } from './roles.ts';

export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH);
export const RoleSchema = z.enum(ROLES);
export const LanguageSchema = z.enum(LANGUAGES);
export const UserStatus = z.enum(['invited', 'active', 'deactivated']);

export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });
export type LoginInput = z.infer<typeof LoginInput>;

export const SetupInput = z.object({
  token: z.string().min(10).max(200),
  email: Email,
  displayName: Name,
  password: Password,
  zoneName: Name,
  language: LanguageSchema.default('nl'),
});
export type SetupInput = z.infer<typeof SetupInput>;

export const InviteUserInput = z.object({
  email: Email,
  displayName: Name,
  role: RoleSchema,
  language: LanguageSchema.default('nl'),
});
export type InviteUserInput = z.infer<typeof InviteUserInput>;

export const AcceptInvitationInput = z.object({ token: z.string().min(10).max(200), password: Password });
export const PasswordResetRequestInput = z.object({ email: Email });
export const PasswordResetInput = z.object({ token: z.string().min(10).max(200), password: Password });
export const TokenQuery = z.object({ token: z.string().min(10).max(200) });

export const UpdateProfileInput = z
  .object({ displayName: Name.optional(), language: LanguageSchema.optional() })
  .refine((v) => v.displayName !== undefined || v.language !== undefined, { message: 'nothing to change' });
export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: Password,
});

export const UpdateUserInput = z
  .object({ role: RoleSchema.optional(), status: z.enum(['active', 'deactivated']).optional() })
  .refine((v) => v.role !== undefined || v.status !== undefined, { message: 'nothing to change' });

export const UserView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  language: LanguageSchema,
  status: UserStatus,
  zoneId: z.uuid(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const MeView = z.object({
  user: UserView,
  zone: z.object({ id: z.uuid(), name: z.string(), defaultLanguage: LanguageSchema }),
  csrfToken: z.string(),
});
export type MeView = z.infer<typeof MeView>;

export const UserListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  role: RoleSchema.optional(),
  status: UserStatus.optional(),
  q: z.string().trim().max(100).optional(),
});
