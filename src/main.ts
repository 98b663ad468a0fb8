import { hostname } from 'node:os';
import { Command, Option } from 'commander';
import { eq } from 'drizzle-orm';
import { emailSchema, passwordSchema } from './accounts/accounts.contract.ts';
import { createOrganisationWithAdmin } from './accounts/accounts.service.ts';
import { organisations } from './accounts/accounts.tables.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { seedDemo } from './demo/demo-seed.ts';
import { createApp, createServices, projectRoot, startWorker, webDistDir } from './platform/boot.ts';
import { AppError } from './platform/errors.ts';
import { newSecret } from './platform/security/secrets.ts';
import type { Services } from './platform/services.ts';
import { ensureWebBuild } from './platform/web-build.ts';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** Opens the services for one command and always closes the database afterwards. */
async function withServices<T>(run: (services: Services) => Promise<T>): Promise<T> {
  const services = await createServices(configOrExit());
  try {
    return await run(services);
  } finally {
    await services.database.close();
  }
}

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function onShutdown(close: () => Promise<void>) {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

const program = new Command()
  .name('hirebench')
  .description('Hirebench — the hiring workbench for teams that hire backend engineers.')
  .showHelpAfterError();

program
  .command('serve')
  .description('Serve the web app and the API (and run background jobs in the same process).')
  .option('--no-worker', 'do not run background jobs in this process (run `hirebench worker` instead)')
  .option('--no-web-build', 'do not build the web app when it is missing or stale')
  .action(async (options: { worker: boolean; webBuild: boolean }) => {
    const config = configOrExit();
    const services = await createServices(config);
    if (options.webBuild) await ensureWebBuild(projectRoot, webDistDir, services.log);
    const app = await createApp(services);
    await app.listen({ port: config.PORT, host: config.HOST });
    const worker = options.worker ? startWorker(services, `${hostname()}:${process.pid}:web`) : null;
    services.log.info(
      `Hirebench is ready on ${config.PUBLIC_URL} (database: ${services.database.kind === 'pglite' ? `embedded, in ${config.HIREBENCH_DATA_DIR}` : 'PostgreSQL'})`,
    );
    onShutdown(async () => {
      await app.close();
      await worker?.stop();
      await services.database.close();
    });
  });

program
  .command('worker')
  .description('Run background jobs only (for scaling out next to `serve --no-worker`; needs DATABASE_URL).')
  .action(async () => {
    const config = configOrExit();
    if (!config.DATABASE_URL) {
      fail(
        'the embedded database belongs to one process, and `hirebench serve` already runs the jobs. Set DATABASE_URL to run separate workers.',
      );
    }
    const services = await createServices(config);
    const worker = startWorker(services, `${hostname()}:${process.pid}:worker`);
    services.log.info('worker started');
    onShutdown(async () => {
      await worker.stop();
      await services.database.close();
    });
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit.')
  .action(async () => {
    await withServices(async (services) => {
      console.log(`migrations applied (${services.database.kind})`);
    });
  });

program
  .command('create-admin')
  .description('Create an organisation with an admin account.')
  .requiredOption('--org-name <name>', 'the organisation’s name')
  .requiredOption('--email <email>', 'the admin’s e-mail')
  .requiredOption('--name <name>', 'the admin’s name')
  .addOption(new Option('--password <password>', 'at least 10 characters').env('HIREBENCH_ADMIN_PASSWORD'))
  .action(async (options: { orgName: string; email: string; name: string; password?: string }) => {
    const email = emailSchema.safeParse(options.email);
    if (!email.success) fail('--email is not a valid e-mail address');
    const password = options.password ?? newSecret().slice(0, 20);
    if (!passwordSchema.safeParse(password).success) fail('--password needs at least 10 characters');
    await withServices(async (services) => {
      const { organisation, user } = await createOrganisationWithAdmin(services.db, {
        organisationName: options.orgName,
        name: options.name,
        email: email.data,
        password,
      });
      console.log(
        `Created organisation "${organisation.name}" (${organisation.slug}) with admin ${user.email}.`,
      );
      if (!options.password) console.log(`Password: ${password}`);
    });
  });

program
  .command('seed-demo')
  .description(
    'Fill an organisation with realistic demo data (creates a demo organisation when --org is not given).',
  )
  .option('--org <slug>', 'the organisation to fill')
  .option('--email <email>', 'admin e-mail for a new demo organisation', 'admin@northwind-labs.example')
  .addOption(
    new Option('--password <password>', 'admin password for a new demo organisation').env(
      'HIREBENCH_ADMIN_PASSWORD',
    ),
  )
  .action(async (options: { org?: string; email: string; password?: string }) => {
    await withServices(async (services) => {
      let orgId: string;
      if (options.org) {
        const [organisation] = await services.db
          .select()
          .from(organisations)
          .where(eq(organisations.slug, options.org));
        if (!organisation) fail(`no organisation has the slug "${options.org}"`);
        orgId = organisation.id;
      } else {
        const password = options.password ?? newSecret().slice(0, 20);
        const { organisation, user } = await createOrganisationWithAdmin(services.db, {
          organisationName: 'Northwind Labs',
          name: 'Dana Whitfield',
          email: options.email,
          password,
        });
        orgId = organisation.id;
        console.log(`Created demo organisation "${organisation.name}" (${organisation.slug}).`);
        console.log(`Log in as ${user.email}${options.password ? '' : ` with password ${password}`}`);
      }
      const { seeded } = await seedDemo(services, orgId, null);
      await services.queue.drain('seed-demo');
      console.log(`Demo data loaded: ${seeded.join(', ')}.`);
    });
  });

program
  .command('advise')
  .description('Check a blueprint JSON file (format: docs/blueprint.schema.json) with the hiring advisor.')
  .argument('<blueprint.json>', 'the blueprint file')
  .option('--posting <file.md>', 'also check a posting text')
  .option('--json', 'print the findings as a JSON array (exit code 1 when any is an error)')
  .action(async (file: string, options: { posting?: string; json?: boolean }) => {
    const { adviseBlueprintFile, formatFindings } = await import('./roles/advise-command.ts');
    const result = adviseBlueprintFile(file, options.posting);
    console.log(options.json ? JSON.stringify(result.findings, null, 2) : formatFindings(result.findings));
    process.exitCode = result.publishable ? 0 : 1;
  });

program
  .command('cost')
  .description('What a hire costs: total cost of employment, channel fees, ramp-up and bad-hire risk.')
  .requiredOption('--level <level>', 'junior | mid | senior')
  .option('--salary <amount>', 'annual salary (default: the band median for the level)')
  .option(
    '--channel <channel>',
    'agency | marketplace | job_board | referral | vetted_network | freelance_marketplace | managed_subscription | own_sourcing',
    'job_board',
  )
  .option('--remote', 'a remote role (salaries run 10–15% lower)')
  .option('--location <key>', 'a location key from the assumptions, e.g. sf-bay-area')
  .option('--json', 'print JSON')
  .action(
    async (options: {
      level: string;
      salary?: string;
      channel: string;
      remote?: boolean;
      location?: string;
      json?: boolean;
    }) => {
      const { costCommand } = await import('./planning/cost-command.ts');
      console.log(costCommand(options));
    },
  );

program
  .command('parse-resume')
  .description('Read a résumé (PDF, DOCX or plain text) and print what Hirebench understands of it.')
  .argument('<file>', 'the résumé file')
  .option('--country <code>', 'country to assume for phone numbers without a country code, e.g. GB')
  .option('--json', 'print JSON')
  .action(async (file: string, options: { country?: string; json?: boolean }) => {
    const { readFile } = await import('node:fs/promises');
    const { parseResume, toCliJson } = await import('./candidates/resume/index.ts');
    const content = await readFile(file).catch(() => fail(`cannot read ${file}`));
    const parsed = await parseResume(
      content,
      file,
      options.country ? { defaultCountry: options.country.toUpperCase() as never } : {},
    );
    const output = toCliJson(parsed);
    if (options.json) {
      console.log(JSON.stringify(output, null, 2));
      return;
    }
    console.log(`${output.name ?? '(no name found)'} — ${output.totalYears ?? '?'} years of experience`);
    console.log(`E-mail: ${output.emails.join(', ') || '—'}   Phone: ${output.phones.join(', ') || '—'}`);
    console.log(
      `Skills: ${output.skills.map((skill) => (skill.years ? `${skill.skill} (${skill.years}y)` : skill.skill)).join(', ') || '—'}`,
    );
    for (const job of output.experience)
      console.log(
        `  ${job.start ?? '?'} – ${job.end ?? 'now'}  ${job.title ?? '?'} at ${job.company ?? '?'}`,
      );
  });

const importCommand = program
  .command('import')
  .description('Import records into an organisation (see `hirebench import candidates --help`).');

importCommand
  .command('candidates')
  .description(
    'Import candidates from a CSV file, streamed: rows are matched to people already here by e-mail, phone, GitHub or an external id, so a second run creates no duplicates. Exits 1 when any row failed.',
  )
  .argument('<file>', 'the CSV file (comma, semicolon or tab separated; UTF-8 or Windows-1252)')
  .requiredOption('--org <slug>', "the organisation's slug (as in its careers page address)")
  .option(
    '--mapping <file>',
    'a JSON file mapping fields to column headers, e.g. {"name": "Full Name", "email": "E-mail"}; without it the columns are matched by their names',
  )
  .option('--dry-run', 'check every row and report what would happen, writing nothing')
  .action(async (file: string, options: { org: string; mapping?: string; dryRun?: boolean }) => {
    const { importCandidatesCommand } = await import('./candidates/import/import-command.ts');
    const exitCode = await withServices((services) =>
      importCandidatesCommand(services, { file, ...options }, process.stdout),
    );
    process.exitCode = exitCode;
  });

program
  .command('grade')
  .description(
    'Grade a submission of an exercise in the sandbox (needs root and bubblewrap). Exits 0 when graded, 2 when it could not grade.',
  )
  .option('--exercise <id>', 'the exercise, e.g. tasks-api')
  .option(
    '--postman <collection.json>',
    'grade against a Postman Collection v2.1 instead (run by newman in a sandbox)',
  )
  .option(
    '--env <KEY=VALUE>',
    'a Postman environment variable (repeatable); baseUrl is set to the service',
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .requiredOption('--submission <path>', 'a directory, a zip, a tar.gz or a git bundle')
  .option('--json', 'print the summary as JSON')
  .option('--full', 'print the whole report as JSON (evidence, signals, output)')
  .action(
    async (options: {
      exercise?: string;
      postman?: string;
      env: string[];
      submission: string;
      json?: boolean;
      full?: boolean;
    }) => {
      const { gradeCommand } = await import('./assessments/grader/grade-command.ts');
      process.exitCode = await gradeCommand(options);
    },
  );

program
  .command('offer-letter')
  .description('Write an offer letter as a PDF, the same as the download in the app.')
  .argument('<offer-id>', 'the offer (its id, as in the API)')
  .requiredOption('--org <slug>', "the organisation's slug (as in its careers page address)")
  .option('--out <file>', 'where to write the PDF', 'offer-letter.pdf')
  .action(async (offerId: string, options: { org: string; out: string }) => {
    const { offerLetterCommand } = await import('./offers/offer-letter-command.ts');
    process.exitCode = await withServices((services) =>
      offerLetterCommand(services, { offerId, ...options }, process.stdout),
    );
  });

program
  .command('blueprint-schema')
  .description('Print the JSON Schema of the blueprint file format.')
  .action(async () => {
    const { blueprintJsonSchema } = await import('./roles/blueprint-json-schema.ts');
    console.log(JSON.stringify(blueprintJsonSchema(), null, 2));
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures (a taken e-mail, a missing record) read as one line, not a stack trace.
  if (error instanceof AppError) fail(error.message);
  throw error;
}
