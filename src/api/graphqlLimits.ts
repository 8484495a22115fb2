/**
 * Limits on one GraphQL query, for everyone: how deep it nests, and roughly how much it makes the
 * server read (each field counted once per document its enclosing lists may return). Payload's
 * own complexity rule counts fields only, so a hundred aliased lists of a hundred documents each
 * would pass it.
 */
import {
  GraphQLError,
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql'
import { READ_LIMITS } from './readLimits'

export const GRAPHQL_LIMITS = { depth: 8, cost: 20_000 } as const

/** Payload's page size when a query names none. */
const DEFAULT_LIMIT = 10

type Variables = Record<string, unknown> | null | undefined

function numberOf(value: ValueNode | undefined, variables: Variables): number | undefined {
  if (!value) return undefined
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.VARIABLE) {
    const v = variables?.[value.name.value]
    return typeof v === 'number' ? v : undefined
  }
  return undefined
}

/** Documents a list field may return: its `limit`, as the read limits will cap it. */
function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT
  return limit > 0 && limit <= READ_LIMITS.limit ? limit : READ_LIMITS.limit
}

export function graphqlLimits(variables: Variables) {
  return (context: ValidationContext) => {
    const walk = (
      set: SelectionSetNode,
      parent: GraphQLCompositeType | undefined,
      depth: number,
      multiplier: number,
      seen: Set<string>,
    ): number => {
      let cost = 0
      for (const node of set.selections) {
        if (node.kind === Kind.FIELD) {
          if (depth > GRAPHQL_LIMITS.depth) throw new Error('depth')
          const fields =
            parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {}
          const def = fields[node.name.value]
          const limitArg = node.arguments?.find((a) => a.name.value === 'limit')
          const takesLimit = def?.args.some((a) => a.name === 'limit')
          const here = takesLimit
            ? multiplier * pageSize(numberOf(limitArg?.value, variables))
            : multiplier
          cost += here
          if (node.selectionSet)
            cost += walk(
              node.selectionSet,
              def ? (getNamedType(def.type) as GraphQLCompositeType) : undefined,
              depth + 1,
              here,
              seen,
            )
        } else if (node.kind === Kind.INLINE_FRAGMENT) {
          const type = node.typeCondition
            ? (context.getSchema().getType(node.typeCondition.name.value) as GraphQLCompositeType)
            : parent
          cost += walk(node.selectionSet, type, depth, multiplier, seen)
        } else {
          const name = node.name.value
          const fragment = context.getFragment(name)
          // A cycle is refused by graphql's own rules; stop here rather than loop.
          if (!fragment || seen.has(name)) continue
          const type = context
            .getSchema()
            .getType(fragment.typeCondition.name.value) as GraphQLCompositeType
          cost += walk(fragment.selectionSet, type, depth, multiplier, new Set([...seen, name]))
        }
      }
      return cost
    }
    return {
      OperationDefinition(node: import('graphql').OperationDefinitionNode) {
        const schema = context.getSchema()
        const root =
          node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
        let cost: number
        try {
          cost = walk(node.selectionSet, root ?? undefined, 1, 1, new Set())
        } catch {
          context.reportError(
            new GraphQLError(
              `This query nests deeper than ${GRAPHQL_LIMITS.depth} levels. Ask for less at once.`,
              { nodes: [node] },
            ),
          )
          return
        }
        if (cost > GRAPHQL_LIMITS.cost)
          context.reportError(
            new GraphQLError(
              `This query could read about ${cost} values, more than ${GRAPHQL_LIMITS.cost} at once. Ask for fewer documents or fields, or page through them.`,
              { nodes: [node] },
            ),
          )
      },
    }
  }
}
