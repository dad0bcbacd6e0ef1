/* pam_ns_helper: command dispatch, shared option handling and messages. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "helper/helper.h"
#include "policy/policy.h"

static const struct {
	const char *name;
	int (*run)(struct pns_helper_ctx *, int, char **);
	const char *summary;
} commands[] = {
	{ "check", pns_cmd_check, "validate the policy and its drop-ins" },
	{ "explain", pns_cmd_explain, "show what a login would get" },
	{ "create", pns_cmd_create, "create and pin a namespace set" },
	{ "delete", pns_cmd_delete, "unpin a namespace set" },
	{ "list", pns_cmd_list, "list pinned sets and what is inside" },
	{ "exec", pns_cmd_exec, "run a command inside a set" },
	{ "apply", pns_cmd_apply, "create every shared set the policy declares" },
};

static void usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s [-c FILE] COMMAND [ARGS...]\n\n"
		     "Manage the namespaces of pam_ns(8) and check its policy.\n\n"
		     "Commands:\n", prog);
	for (size_t i = 0; i < PNS_ARRAY_SIZE(commands); i++)
		fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\nOptions:\n"
		     "  -c, --config FILE  policy file (default " PNS_DEFAULT_CONFIG ")\n"
		     "  -h, --help         this help; COMMAND --help for a command's\n"
		     "\nSee pam_ns_helper(8).\n");
}

void pns_helper_error(const struct pns_helper_ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", ctx->prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

struct pns_policy *pns_helper_load_policy(const struct pns_helper_ctx *ctx)
{
	struct pns_load_opts opts = { .trusted_uid = 0 };
	struct pns_diag diag = { 0 };
	struct pns_policy *pol = NULL;
	if (pns_policy_load(ctx->config, &opts, &pol, &diag) < 0) {
		for (size_t i = 0; i < diag.msgs.n; i++)
			fprintf(stderr, "%s\n", diag.msgs.v[i]);
		pol = NULL;
	}
	pns_diag_free(&diag);
	return pol;
}

static bool wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			return true;
	}
	return false;
}

int main(int argc, char **argv)
{
	const char *slash = strrchr(argv[0], '/');
	struct pns_helper_ctx ctx = {
		.config = PNS_DEFAULT_CONFIG,
		.prog = slash ? slash + 1 : argv[0],
	};
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	/* "+": stop at the command word; its own options follow it. */
	while ((c = getopt_long(argc, argv, "+c:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			ctx.config = optarg;
			break;
		case 'h':
			usage(stdout, ctx.prog);
			return PNS_EXIT_OK;
		default:
			usage(stderr, ctx.prog);
			return PNS_EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr, ctx.prog);
		return PNS_EXIT_USAGE;
	}
	const char *name = argv[optind];
	for (size_t i = 0; i < PNS_ARRAY_SIZE(commands); i++) {
		if (strcmp(name, commands[i].name))
			continue;
		/* Help is for everyone; everything else is root's.  The helper is
		 * never setuid: a non-root caller is told so, not half served. */
		if (geteuid() != 0 && !wants_help(argc - optind, argv + optind)) {
			pns_helper_error(&ctx, "%s: must be run as root (it manages system namespaces)",
					 name);
			return PNS_EXIT_NOTROOT;
		}
		optind++;	/* the command's getopt sees argv[0] = command */
		int sub_argc = argc - optind + 1;
		char **sub_argv = argv + optind - 1;
		/* 0, not 1: glibc then re-reads the option string, so the
		 * command's options may follow its operands ("create SET -u x"). */
		optind = 0;
		return commands[i].run(&ctx, sub_argc, sub_argv);
	}
	pns_helper_error(&ctx, "unknown command '%s' (try --help)", name);
	return PNS_EXIT_USAGE;
}
