import { webhookDeliver } from './deliver'
import { webhookFanOut } from './fanOut'

/** The jobs queue's webhook tasks, wired into `jobs.tasks` in payload.config.ts. */
export const webhookTasks = [webhookFanOut, webhookDeliver]
