// Side-effect import: must come before the Payload config is imported.
import { loadEnvFiles } from './envFiles'

loadEnvFiles()
