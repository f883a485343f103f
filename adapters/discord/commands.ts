/**
 * The slash commands, defined once: `/advisory <subcommand>` and each per-country command
 * (`/mali status`). The same table gives the registration payload (`npm run discord:register`) and
 * turns a received interaction back into the text the platform-neutral handlers read
 * (`status ML`, `silence ML 24h drill`), so what is registered is what is understood.
 */
import type {
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOption,
  APIInteractionDataResolved,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { type CommandName, COMMANDS, HELP } from '../../src/commands/handlers.js';
import { SEVERITIES } from '../../src/domain/types.js';

export const MAIN_COMMAND = 'advisory';

type Kind = 'country' | 'text' | 'severity' | 'mention' | 'duration';

interface OptionDef {
  name: string;
  description: string;
  kind: Kind;
  required: boolean;
  /** Dropped from per-country commands, whose country stands in for it. */
  isCountry?: boolean;
}

interface SubDef {
  name: CommandName;
  options: OptionDef[];
}

const country = (required = true, description = 'Country: name, code, demonym or capital'): OptionDef => ({
  name: 'country',
  description,
  kind: 'country',
  required,
  isCountry: true,
});

/** Each subcommand, its options in the order the handlers read them. */
export const SUBCOMMANDS: readonly SubDef[] = [
  { name: 'status', options: [country()] },
  {
    name: 'subscribe',
    options: [
      { name: 'targets', description: 'Countries, regions or "all" (e.g. "mali, niger" or "sahel")', kind: 'text', required: true, isCountry: true },
      { name: 'severity', description: 'Minimum severity (default warning)', kind: 'severity', required: false },
      { name: 'ping', description: 'Role or person to ping on new and worsening incidents', kind: 'mention', required: false },
    ],
  },
  { name: 'unsubscribe', options: [{ name: 'targets', description: 'Countries, regions or "all" (default: all)', kind: 'text', required: false, isCountry: true }] },
  { name: 'list', options: [] },
  {
    name: 'silence',
    options: [
      country(true, 'Country to mute (or "all")'),
      { name: 'duration', description: 'How long, e.g. 24h, 90m, 3d (at most 30d)', kind: 'duration', required: true },
      { name: 'reason', description: 'Why (shown with the silence)', kind: 'text', required: false },
    ],
  },
  { name: 'silences', options: [] },
  { name: 'unsilence', options: [{ name: 'which', description: 'Silence number, country or "all"', kind: 'text', required: true }] },
  { name: 'ack', options: [{ name: 'incident', description: 'Incident id or country', kind: 'country', required: true, isCountry: true }] },
  { name: 'history', options: [country()] },
  { name: 'help', options: [] },
];

// Every handler command has a definition, and nothing else.
if (SUBCOMMANDS.length !== COMMANDS.length || !COMMANDS.every((c) => SUBCOMMANDS.some((s) => s.name === c))) {
  throw new Error('adapters/discord/commands.ts is out of step with the command handlers');
}

/** Discord allows 100 characters: the handlers' help line, after its usage part. */
function describe(name: CommandName): string {
  const text = HELP[name].split(' — ')[1] ?? HELP[name];
  const plain = text.replace(/`/g, '');
  return (plain.charAt(0).toUpperCase() + plain.slice(1)).slice(0, 100);
}

// ApplicationCommandOptionType: Subcommand 1, String 3, Mentionable 9.
function optionJson(o: OptionDef, perCountry: boolean): APIApplicationCommandOption {
  const base = { name: o.name, description: o.description.slice(0, 100), required: perCountry && o.isCountry ? false : o.required };
  if (o.kind === 'mention') return { ...base, type: 9 };
  if (o.kind === 'severity') return { ...base, type: 3, choices: SEVERITIES.map((s) => ({ name: s, value: s })) };
  return { ...base, type: 3, autocomplete: o.kind === 'country' ? true : undefined, max_length: 200 } as APIApplicationCommandOption;
}

function subcommandsJson(perCountry: boolean): APIApplicationCommandOption[] {
  return SUBCOMMANDS.map((s) => ({
    type: 1,
    name: s.name,
    description: describe(s.name),
    // Required options first (Discord's rule); per-country commands drop their country option.
    options: s.options
      .filter((o) => !(perCountry && o.isCountry && o.kind === 'country' && o.name === 'country'))
      .map((o) => optionJson(o, perCountry))
      .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required))),
  })) as APIApplicationCommandOption[];
}

/** The registration payload: `/advisory` and one command per configured country. */
export function commandDefinitions(countryCommands: Record<string, string>, countryLabel: (code: string) => string): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const defs: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
    { name: MAIN_COMMAND, description: 'Travel advisories: status, subscriptions, silences, acknowledgements', options: subcommandsJson(false), contexts: [0], type: 1 },
  ];
  for (const [name, code] of Object.entries(countryCommands)) {
    defs.push({ name, description: `Travel advisories for ${countryLabel(code)}`.slice(0, 100), options: subcommandsJson(true), contexts: [0], type: 1 });
  }
  return defs;
}

type DataOption = APIApplicationCommandInteractionDataOption;

/** The subcommand and its option values (strings), from an interaction's data. */
export function readOptions(options: DataOption[] | undefined): { sub: string | null; values: Map<string, string>; focused: string | null } {
  const values = new Map<string, string>();
  let focused: string | null = null;
  const first = options?.[0];
  if (!first || first.type !== 1) return { sub: null, values, focused };
  for (const o of (first as { options?: DataOption[] }).options ?? []) {
    const v = (o as { value?: unknown }).value;
    if (v !== undefined && v !== null) values.set(o.name, String(v));
    if ((o as { focused?: boolean }).focused) focused = o.name;
  }
  return { sub: first.name, values, focused };
}

/** Where an option is the country one (for autocomplete). */
export function isCountryOption(sub: string, option: string): boolean {
  return SUBCOMMANDS.find((s) => s.name === sub)?.options.some((o) => o.name === option && o.kind === 'country') ?? false;
}

/**
 * The handlers' text for a subcommand: option values in definition order. In a per-country
 * command, a missing target is the command's country (`/mali subscribe` → `subscribe ML`).
 */
export function commandText(sub: string, values: Map<string, string>, resolved: APIInteractionDataResolved | undefined, country?: string): string {
  const def = SUBCOMMANDS.find((s) => s.name === sub);
  if (!def) return sub;
  const words: string[] = [def.name];
  for (const o of def.options) {
    let v = values.get(o.name)?.trim();
    if (!v && country && o.isCountry && (def.name === 'subscribe' || def.name === 'unsubscribe')) v = country;
    if (!v) continue;
    if (o.kind === 'mention') {
      const isRole = Boolean(resolved?.roles?.[v]);
      v = `ping ${isRole ? `<@&${v}>` : `<@${v}>`}`;
    }
    words.push(v);
  }
  return words.join(' ');
}
