/* pam_ns_helper: the command table, and the one place that parses options,
 * prints usage and help, checks the caller, loads and frees the policy. */
#include <ctype.h>
#include <getopt.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "helper/helper.h"
#include "paths.h"	/* PNS_INIT_PATH: made by the Makefile in $(BUILD) */
#include "policy/policy.h"

/* Every option of every command, defined once.  A command lists the ones it
 * takes; -c and -h are taken by all of them, and before the command word. */
enum pns_opt {
	PNS_OPT_USER,
	PNS_OPT_GROUP,
	PNS_OPT_SERVICE,
	PNS_OPT_RHOST,
	PNS_OPT_TTY,
	PNS_OPT_ALL,
	PNS_OPT_PRUNE,
	PNS_OPT_VERBOSE,
	PNS_OPT_JSON,
	PNS_OPT_STRICT,
	PNS_OPT_USERS_FROM,
	PNS_OPT_CONFIG,
	PNS_OPT_INIT,
	PNS_OPT_HELP,
	PNS_NOPTS
};
#define OPT(x) (1u << PNS_OPT_##x)
#define OPTS_EVERY (OPT(CONFIG) | OPT(INIT) | OPT(HELP))

struct pns_helper_opt {
	char key;		/* the short option, and what getopt returns for it */
	const char *name;	/* the long option */
	const char *arg;	/* its argument as help shows it ("USER"); NULL: a flag */
	size_t field;		/* in struct pns_helper_args: the const char * it sets
				 * (with arg) or the bool it sets to true */
	const char *help;	/* for --help; '\n' starts a continuation line */
};

#define ARG(f) offsetof(struct pns_helper_args, f)
static const struct pns_helper_opt options[PNS_NOPTS] = {
	[PNS_OPT_USER] = { 'u', "user", "USER", ARG(user), "the instance of a per-user set" },
	[PNS_OPT_GROUP] = { 'g', "group", "GROUP", ARG(group), "the instance of a per-group set" },
	[PNS_OPT_SERVICE] = { 's', "service", "SERVICE", ARG(service),
			      "the PAM service (sshd, login, su, ...)" },
	[PNS_OPT_RHOST] = { 'r', "rhost", "RHOST", ARG(rhost), "the remote host the login comes from" },
	[PNS_OPT_TTY] = { 't', "tty", "TTY", ARG(tty), "the terminal of the login" },
	[PNS_OPT_ALL] = { 'a', "all", NULL, ARG(all), "every instance of SET in the store" },
	[PNS_OPT_PRUNE] = { 'p', "prune", NULL, ARG(prune),
			    "also delete every instance of a set the policy no\nlonger declares" },
	[PNS_OPT_VERBOSE] = { 'v', "verbose", NULL, ARG(verbose), "say what was done" },
	[PNS_OPT_JSON] = { 'j', "json", NULL, ARG(json), "machine-readable output (JSON)" },
	[PNS_OPT_STRICT] = { 'S', "strict", NULL, ARG(strict), "treat every warning as an error (exit 3)" },
	[PNS_OPT_USERS_FROM] = { 'f', "users-from", "FILE", ARG(users_from),
				 "with --all: the users named in FILE, one a line\n(\"-\": standard input), not those NSS lists" },
	[PNS_OPT_CONFIG] = { 'c', "config", "FILE", ARG(config),
			     "policy file (default " PNS_DEFAULT_CONFIG ")" },
	[PNS_OPT_INIT] = { 'i', "init", "FILE", ARG(init),
			   "the PID 1 of a pid set's namespace (default\n" PNS_INIT_PATH ")" },
	[PNS_OPT_HELP] = { 'h', "help", NULL, ARG(help), "this help" },
};

/* What follows a command's options. */
enum pns_operands {
	PNS_OPERANDS_NONE,
	PNS_OPERANDS_SET,		/* SET */
	PNS_OPERANDS_SET_COMMAND,	/* SET -- COMMAND [ARG...]: options end at "--" */
	PNS_OPERANDS_USERS,		/* [USER...], only with --all */
};

/* What main sees to before a command runs. */
enum {
	NEEDS_ROOT = 1u << 0,	/* refuse any other caller (--help is for everyone) */
	NEEDS_POLICY = 1u << 1,	/* load the policy (exit 3 when it cannot be) and pass it */
	WANTS_POLICY = 1u << 2,	/* load it, and pass NULL (errors printed) when it cannot be */
};

struct pns_helper_cmd {
	const char *name;
	const char *summary;		/* one line for the command list */
	const char *synopsis;		/* after "Usage: PROG NAME [-c FILE] " */
	const char *help;		/* what --help says between usage and options */
	unsigned opts;			/* OPT() bits it takes, besides OPTS_EVERY */
	unsigned required;		/* of those, the ones it cannot do without */
	unsigned exclusive;		/* of those, the ones of which at most one may be given */
	unsigned one_of;		/* of those, the ones of which at least one must be given */
	const char *opt_help[PNS_NOPTS];	/* its wording where the shared one is too vague */
	enum pns_operands operands;
	unsigned needs;			/* NEEDS_* */
	int (*run)(const struct pns_helper_args *args, const struct pns_policy *pol);
};

/* The root tool itself: what --help says before any command. */
static const struct pns_helper_cmd top = {
	.synopsis = "COMMAND [ARGS...]",
	.help = "Manage the namespaces of pam_ns(8) and check its policy.",
	.opt_help = {
		[PNS_OPT_CONFIG] = "policy file (default " PNS_DEFAULT_CONFIG "); also\n"
				   "accepted among the options of every command",
		[PNS_OPT_HELP] = "this help; COMMAND --help for a command's",
	},
};

static const struct pns_helper_cmd commands[] = {
	{
		.name = "check",
		.summary = "validate the policy and its drop-ins",
		.synopsis = "[--strict]",
		.help = "Validate the policy and its drop-ins, and what logins would meet: every\n"
			"path they open, the programs they run, the users, groups and PAM services\n"
			"the rules name, rules that can never match.  Silent with exit 0 when all is\n"
			"well; otherwise each finding as FILE:LINE: MESSAGE (warnings as FILE:LINE:\n"
			"warning: MESSAGE) and exit 3 when there is an error.",
		.opts = OPT(STRICT),
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_check,
	},
	{
		.name = "explain",
		.summary = "show what a login would get",
		.synopsis = "{-u USER | --all [-f FILE | USER...]} [-s SERVICE] [-r RHOST] [-t TTY] [--json]",
		.help = "Show which rule a login would match (file:line), why, and what the\n"
			"session would get per namespace type: new, joined (pin path and whether\n"
			"it exists now) or untouched.  With --all, a line per user and service\n"
			"and how many users each rule takes.  Nothing is changed.",
		.opts = OPT(USER) | OPT(ALL) | OPT(USERS_FROM) | OPT(SERVICE) | OPT(RHOST) | OPT(TTY) | OPT(JSON),
		.exclusive = OPT(USER) | OPT(ALL),
		.one_of = OPT(USER) | OPT(ALL),
		.opt_help = { [PNS_OPT_USER] = "the user who logs in",
			      [PNS_OPT_ALL] = "every user NSS lists (or those given), each with\n"
					      "every service (-s: these, comma-separated)" },
		.operands = PNS_OPERANDS_USERS,
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_explain,
	},
	{
		.name = "create",
		.summary = "create and pin a namespace set",
		.synopsis = "SET [-u USER | -g GROUP] [-v]",
		.help = "Create the namespaces of SET and pin them in the store of pin_dir.  Nothing happens\n"
			"when a complete instance exists already; an incomplete one (left by a\n"
			"crash) is removed and made again.  For a set pinned by someone else\n"
			"(paths), only check that every pin is a namespace of the right type.",
		.opts = OPT(USER) | OPT(GROUP) | OPT(VERBOSE),
		.exclusive = OPT(USER) | OPT(GROUP),
		.opt_help = { [PNS_OPT_VERBOSE] = "say \"created\" or \"exists\"" },
		.operands = PNS_OPERANDS_SET,
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_create,
	},
	{
		.name = "delete",
		.summary = "unpin a namespace set",
		.synopsis = "SET [-u USER | -g GROUP | --all]",
		.help = "Unpin an instance of SET: unmount each pin (lazily), remove the files and\n"
			"the directories left empty.  Processes inside keep running; a pid set's\n"
			"init leaves once it is the last process of its namespace.  SET need not\n"
			"be in the policy any more; sets pinned by someone else are never deleted.",
		.opts = OPT(USER) | OPT(GROUP) | OPT(ALL),
		.exclusive = OPT(USER) | OPT(GROUP) | OPT(ALL),
		.operands = PNS_OPERANDS_SET,
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_delete,
	},
	{
		.name = "list",
		.summary = "list pinned sets and what is inside",
		.synopsis = "[--json]",
		.help = "Every set instance in the store (also those no longer in the\n"
			"policy) and every set pinned by someone else: its types, namespace ids,\n"
			"creation time and the number of processes inside (from /proc/*/ns).",
		.opts = OPT(JSON),
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_list,
	},
	{
		.name = "exec",
		.summary = "run a command inside a set",
		.synopsis = "SET [-u USER | -g GROUP] -- COMMAND [ARG...]",
		.help = "Enter every namespace of SET (mount namespace last) and run COMMAND there;\n"
			"exit with its status.  A set with net but no mnt gets a new mount namespace\n"
			"(propagation slave) with /sys remounted and /etc/netns/NAME applied, as\n"
			"`ip netns exec` does.  An incomplete set is refused.  Options end at \"--\".",
		.opts = OPT(USER) | OPT(GROUP),
		.exclusive = OPT(USER) | OPT(GROUP),
		.operands = PNS_OPERANDS_SET_COMMAND,
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_exec,
	},
	{
		.name = "apply",
		.summary = "create every shared set the policy declares",
		.synopsis = "[--prune] [-v]",
		.help = "Create every shared set the policy declares (per-user and per-group sets\n"
			"are made by their first login, or by `create -u`/`create -g`).",
		.opts = OPT(PRUNE) | OPT(VERBOSE),
		.opt_help = { [PNS_OPT_VERBOSE] = "say what was created, existed or was pruned" },
		.needs = NEEDS_ROOT | NEEDS_POLICY,
		.run = pns_cmd_apply,
	},
	{
		.name = "purge",
		.summary = "delete every set and the store itself",
		.synopsis = "[-v]",
		.help = "Delete every set instance in the store (those the policy no longer\n"
			"declares too), then the store: its pin, the files of pin_dir and pin_dir\n"
			"itself, as before the first set was made.  Processes inside keep running.\n"
			"Sets pinned by someone else are left alone.  With a policy that cannot be\n"
			"used, the default pin_dir " PNS_DEFAULT_PIN_DIR " is purged.  Run it before\n"
			"removing pam_ns (the package does, when it is removed).",
		.opts = OPT(VERBOSE),
		.opt_help = { [PNS_OPT_VERBOSE] = "say what was deleted" },
		.needs = NEEDS_ROOT | WANTS_POLICY,
		.run = pns_cmd_purge,
	},
	{
		.name = "manager",
		.summary = "whether a user's service manager may start",
		.synopsis = "-u USER|UID [-v]",
		.help = "Exit 0 when the service manager of USER (user@UID.service) may start, 1\n"
			"(saying why) when pam_ns runs in its PAM stack (systemd-user, dry_run\n"
			"aside) and would refuse it there: the policy hides it from the user's\n"
			"sessions and no rule places it.  Made for user@.service's ExecCondition=,\n"
			"so such a manager is skipped, not failed.  With a policy that cannot be\n"
			"used it exits 0: the module decides in the PAM session.",
		.opts = OPT(USER) | OPT(VERBOSE),
		.required = OPT(USER),
		.opt_help = { [PNS_OPT_USER] = "the user, by name or uid",
			      [PNS_OPT_VERBOSE] = "also say so when it may start" },
		.needs = NEEDS_ROOT | WANTS_POLICY,
		.run = pns_cmd_manager,
	},
};

void pns_helper_error(const struct pns_helper_args *args, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", PNS_ESC(args->prog));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Whether cmd takes option k (every command takes OPTS_EVERY). */
static bool takes(const struct pns_helper_cmd *cmd, int k)
{
	return ((cmd->opts | OPTS_EVERY) >> k) & 1u;
}

/* The option cmd takes whose short form is key, or -1. */
static int opt_index(const struct pns_helper_cmd *cmd, int key)
{
	for (int k = 0; k < PNS_NOPTS; k++)
		if (options[k].key == key && takes(cmd, k))
			return k;
	return -1;
}

static void print_usage_line(FILE *out, const char *prog, const struct pns_helper_cmd *cmd)
{
	if (cmd->name)
		fprintf(out, "Usage: %s %s [-c FILE]%s%s\n", PNS_ESC(prog), cmd->name, cmd->synopsis[0] ? " " : "",
			cmd->synopsis);
	else
		fprintf(out, "Usage: %s [-c FILE] %s\n", PNS_ESC(prog), cmd->synopsis);
}

/* "-u/--user" */
static const char *opt_label(int k, char *buf, size_t size)
{
	snprintf(buf, size, "-%c/--%s", options[k].key, options[k].name);
	return buf;
}

static void help(const char *prog, const struct pns_helper_cmd *cmd)
{
	print_usage_line(stdout, prog, cmd);
	printf("\n%s\n", cmd->help);
	if (cmd == &top) {
		printf("\nCommands:\n");
		for (size_t i = 0; i < PNS_ARRAY_SIZE(commands); i++)
			printf("  %-8s %s\n", commands[i].name, commands[i].summary);
	}
	printf("\nOptions:\n");
	for (int k = 0; k < PNS_NOPTS; k++) {
		const struct pns_helper_opt *o = &options[k];
		if (!takes(cmd, k))
			continue;
		char left[64];
		snprintf(left, sizeof(left), "-%c, --%s%s%s", o->key, o->name, o->arg ? " " : "",
			 o->arg ? o->arg : "");
		const char *h = cmd->opt_help[k] ? cmd->opt_help[k] : o->help;
		for (bool first = true; h; first = false) {
			const char *nl = strchr(h, '\n');
			printf("  %-22s %.*s\n", first ? left : "", nl ? (int)(nl - h) : (int)strlen(h), h);
			h = nl ? nl + 1 : NULL;
		}
	}
	printf("\nSee pam_ns_helper(8).\n");
}

/* "prog: [command: ]message", the usage line, and where help is; returns
 * PNS_EXIT_USAGE. */
__attribute__((format(printf, 3, 4)))
static int usage_error(const char *prog, const struct pns_helper_cmd *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: %s%s", PNS_ESC(prog), cmd->name ? cmd->name : "", cmd->name ? ": " : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	print_usage_line(stderr, prog, cmd);
	fprintf(stderr, "Try '%s%s%s --help'.\n", PNS_ESC(prog), cmd->name ? " " : "", cmd->name ? cmd->name : "");
	return PNS_EXIT_USAGE;
}

/*
 * Parse the options cmd takes from argv[1..argc) into *args, with
 * getopt_long built from the option table; *given gets the OPT() bit of each
 * option seen.  stop_at_operand: stop at the first operand (the command
 * word); otherwise options may follow operands, which getopt moves to the
 * end (argc then bounds what is parsed).  Returns -1 to go on, or the exit
 * code of a usage error.
 */
static int parse_options(struct pns_helper_args *args, const struct pns_helper_cmd *cmd, int argc,
			 char **argv, bool stop_at_operand, unsigned *given)
{
	struct option longopts[PNS_NOPTS + 1];
	char optstring[3 + 2 * PNS_NOPTS];
	size_t nlong = 0, nshort = 0;
	if (stop_at_operand)
		optstring[nshort++] = '+';
	optstring[nshort++] = ':';	/* a missing argument is ':', not '?' */
	for (int k = 0; k < PNS_NOPTS; k++) {
		const struct pns_helper_opt *o = &options[k];
		if (!takes(cmd, k))
			continue;
		longopts[nlong++] = (struct option){ o->name, o->arg ? required_argument : no_argument,
						     NULL, o->key };
		optstring[nshort++] = o->key;
		if (o->arg)
			optstring[nshort++] = ':';
	}
	longopts[nlong] = (struct option){ NULL, 0, NULL, 0 };
	optstring[nshort] = '\0';

	opterr = 0;	/* the messages below name the command */
	int c;
	char label[64];
	while ((c = getopt_long(argc, argv, optstring, longopts, NULL)) != -1) {
		int k = opt_index(cmd, c == '?' || c == ':' ? optopt : c);
		if (c == ':')
			return usage_error(args->prog, cmd, "option %s needs an argument (%s)",
					   opt_label(k, label, sizeof(label)), options[k].arg);
		if (c == '?' && k >= 0)	/* "--json=yes" */
			return usage_error(args->prog, cmd, "option %s takes no argument",
					   opt_label(k, label, sizeof(label)));
		if (c == '?' && optopt && isprint(optopt))
			return usage_error(args->prog, cmd, "unknown option -%c", optopt);
		if (c == '?')
			return usage_error(args->prog, cmd, "unknown option %s", PNS_ESC(argv[optind - 1]));
		*given |= 1u << k;
		if (options[k].arg)
			*(const char **)((char *)args + options[k].field) = optarg;
		else
			*(bool *)((char *)args + options[k].field) = true;
	}
	return -1;
}

/* After the options of cmd: its operands (argv[optind..argc), and for exec
 * what follows the "--" at argv[argc]), the options it cannot do without,
 * and those that exclude each other.  Returns -1 to go on, or
 * PNS_EXIT_USAGE. */
static int check_arguments(struct pns_helper_args *args, const struct pns_helper_cmd *cmd,
			   int argc, char **argv, int full_argc, unsigned given)
{
	int n = argc - optind, max = cmd->operands == PNS_OPERANDS_NONE ? 0 :
				     cmd->operands == PNS_OPERANDS_USERS ? n : 1;
	char label[64];
	if (n < max)
		return usage_error(args->prog, cmd, "missing SET");
	if (cmd->operands == PNS_OPERANDS_USERS && n && !(given & OPT(ALL)))
		return usage_error(args->prog, cmd, "unexpected argument '%s' (users are named with "
				   "-u USER, or listed after --all)", PNS_ESC(argv[optind]));
	if (cmd->operands == PNS_OPERANDS_USERS) {
		args->users = argv + optind;
		args->nusers = n;
	}
	/* No "--", or nothing after it ("exec SET ls" lacks the "--"). */
	if (cmd->operands == PNS_OPERANDS_SET_COMMAND && argc + 1 >= full_argc)
		return usage_error(args->prog, cmd, "missing -- COMMAND");
	if (n > max)
		return usage_error(args->prog, cmd, "unexpected argument '%s'", PNS_ESC(argv[optind + max]));
	if (max && cmd->operands != PNS_OPERANDS_USERS)
		args->set = argv[optind];
	if (cmd->operands == PNS_OPERANDS_SET_COMMAND)
		args->command = argv + argc + 1;
	unsigned missing = cmd->required & ~given;
	for (int k = 0; k < PNS_NOPTS; k++)
		if ((missing >> k) & 1u)
			return usage_error(args->prog, cmd, "missing %s %s",
					   opt_label(k, label, sizeof(label)), options[k].arg);
	if (cmd->one_of && !(given & cmd->one_of)) {
		char list[256] = "";
		size_t used = 0;
		for (int k = 0; k < PNS_NOPTS && used < sizeof(list); k++)
			if ((cmd->one_of >> k) & 1u)
				used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s",
							 used ? " or " : "",
							 opt_label(k, label, sizeof(label)));
		return usage_error(args->prog, cmd, "missing %s", list);
	}
	unsigned clash = given & cmd->exclusive;
	if (clash & (clash - 1)) {	/* more than one of them */
		char list[256] = "";
		size_t used = 0;
		for (int k = 0; k < PNS_NOPTS && used < sizeof(list); k++)
			if ((clash >> k) & 1u)
				used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s",
							 used ? " and " : "",
							 opt_label(k, label, sizeof(label)));
		return usage_error(args->prog, cmd, "%s cannot be used together", list);
	}
	return -1;
}

/* Load args->config, printing every error as "file:line: message" to
 * stderr.  Returns NULL on failure. */
static struct pns_policy *load_policy(const struct pns_helper_args *args)
{
	struct pns_load_opts opts = { .trusted_uid = 0, .check_pin_dir = true };
	struct pns_diag diag = { 0 };
	struct pns_policy *pol = NULL;
	if (pns_policy_load(args->config, &opts, &pol, &diag) < 0) {
		for (size_t i = 0; i < diag.msgs.n; i++)
			fprintf(stderr, "%s\n", diag.msgs.v[i]);
		pol = NULL;
	}
	pns_diag_free(&diag);
	return pol;
}

/* A set-user-ID, set-group-ID or file-capability copy (an install or
 * packaging mistake) would serve any user as root: `exec SET -- cat
 * /etc/shadow`, or any file read as a policy.  Refused before anything is
 * parsed or opened, whatever the command (AT_SECURE: getauxval(3), set by
 * the kernel for exactly these executions; the ids for the message). */
static bool privileged_exec(const char *prog)
{
	uid_t r, e, s;
	gid_t rg, eg, sg;
	if (getresuid(&r, &e, &s) < 0 || getresgid(&rg, &eg, &sg) < 0)
		r = 1, e = s = 0, rg = eg = sg = 0;
	bool mixed = r != e || e != s || rg != eg || eg != sg;
	if (!mixed && !getauxval(AT_SECURE))
		return false;
	fprintf(stderr, "%s: refusing to run set-user-ID, set-group-ID or with file capabilities "
		"(real, effective and saved uid %u, %u, %u; gid %u, %u, %u): it must be installed "
		"mode 0755 and run by root\n", PNS_ESC(prog), (unsigned)r, (unsigned)e, (unsigned)s,
		(unsigned)rg, (unsigned)eg, (unsigned)sg);
	return true;
}

int main(int argc, char **argv)
{
	const char *slash = strrchr(argv[0], '/');
	if (privileged_exec(slash ? slash + 1 : argv[0]))
		return PNS_EXIT_NOTROOT;
	struct pns_helper_args args = {
		.config = PNS_DEFAULT_CONFIG,
		.init = PNS_INIT_PATH,
		.prog = slash ? slash + 1 : argv[0],
	};
	unsigned given = 0;
	int rc = parse_options(&args, &top, argc, argv, true, &given);
	if (rc >= 0)
		return rc;
	if (args.help) {
		help(args.prog, &top);
		return PNS_EXIT_OK;
	}
	if (optind >= argc)
		return usage_error(args.prog, &top, "missing COMMAND");
	const struct pns_helper_cmd *cmd = NULL;
	for (size_t i = 0; i < PNS_ARRAY_SIZE(commands) && !cmd; i++)
		if (!strcmp(argv[optind], commands[i].name))
			cmd = &commands[i];
	if (!cmd)
		return usage_error(args.prog, &top, "unknown command '%s'", PNS_ESC(argv[optind]));

	/* The command's own argv: [0] is the command word.  exec's options end
	 * at "--"; what follows is the command it runs, never parsed here. */
	char **cargv = argv + optind;
	int full_argc = argc - optind, cargc = full_argc;
	if (cmd->operands == PNS_OPERANDS_SET_COMMAND)
		for (cargc = 1; cargc < full_argc && strcmp(cargv[cargc], "--"); cargc++)
			;
	/* 0, not 1: glibc then starts afresh, so options may follow operands
	 * ("create SET -u x"). */
	optind = 0;
	given = 0;
	if ((rc = parse_options(&args, cmd, cargc, cargv, false, &given)) >= 0)
		return rc;
	if (args.help) {
		help(args.prog, cmd);
		return PNS_EXIT_OK;
	}
	if ((rc = check_arguments(&args, cmd, cargc, cargv, full_argc, given)) >= 0)
		return rc;

	/* The helper is never setuid: a non-root caller is told so, not half
	 * served. */
	if ((cmd->needs & NEEDS_ROOT) && geteuid() != 0) {
		pns_helper_error(&args, "%s: must be run as root (it manages system namespaces)",
				 cmd->name);
		return PNS_EXIT_NOTROOT;
	}
	struct pns_policy *pol = NULL;
	if ((cmd->needs & (NEEDS_POLICY | WANTS_POLICY)) && !(pol = load_policy(&args)) &&
	    (cmd->needs & NEEDS_POLICY))
		return PNS_EXIT_POLICY;
	rc = cmd->run(&args, pol);
	pns_policy_free(pol);
	return rc;
}
