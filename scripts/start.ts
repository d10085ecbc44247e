/**
 * `npm start`: serves the site on PORT (3000), building it first when its sources changed. On the
 * embedded database an empty newsroom gets the demo content and the admin's sign-in is printed.
 */
import { serveSite } from './lib/serve'

await serveSite()
