import { Type } from 'typebox'
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js'

export const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address' })
export const Password = Type.String({
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: 200,
  description: `At least ${MIN_PASSWORD_LENGTH} characters`,
})
export const Id = (prefix: string) => Type.String({ pattern: `^${prefix}_[0-9A-Za-z]{1,64}$`, description: `A ${prefix}_… id` })
export const IsoTime = Type.String({ format: 'date-time' })
export const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()])

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ pointer: Type.String(), detail: Type.String() }))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
)

export const NoContent = Type.Null({ description: 'No content' })
