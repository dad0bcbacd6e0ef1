/* pam_ns_helper: the commands, each in the file named after its job. */
#ifndef PNS_HELPER_H
#define PNS_HELPER_H

#include <stdbool.h>

/* Exit codes, documented in pam_ns_helper(8). */
enum {
	PNS_EXIT_OK = 0,
	PNS_EXIT_FAIL = 1,	/* the command failed; the message says why */
	PNS_EXIT_USAGE = 2,	/* bad arguments */
	PNS_EXIT_POLICY = 3,	/* the policy could not be loaded */
	PNS_EXIT_NOTROOT = 77,	/* run by someone other than root */
};

/* Options every command shares. */
struct pns_helper_ctx {
	const char *config;	/* -c FILE, default PNS_DEFAULT_CONFIG */
	const char *prog;	/* argv[0] basename for messages */
};

/* Each command takes argv after the command word (argv[0] is the command
 * name, for getopt) and returns an exit code. */
int pns_cmd_check(struct pns_helper_ctx *ctx, int argc, char **argv);	/* helper_check.c */
int pns_cmd_explain(struct pns_helper_ctx *ctx, int argc, char **argv);	/* helper_explain.c */
int pns_cmd_create(struct pns_helper_ctx *ctx, int argc, char **argv);	/* helper_store.c */
int pns_cmd_delete(struct pns_helper_ctx *ctx, int argc, char **argv);
int pns_cmd_list(struct pns_helper_ctx *ctx, int argc, char **argv);
int pns_cmd_exec(struct pns_helper_ctx *ctx, int argc, char **argv);
int pns_cmd_apply(struct pns_helper_ctx *ctx, int argc, char **argv);

/* Load ctx->config, printing every error as "file:line: message" to
 * stderr.  Returns NULL on failure. */
struct pns_policy *pns_helper_load_policy(const struct pns_helper_ctx *ctx);

/* Print "prog: message" to stderr. */
void pns_helper_error(const struct pns_helper_ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
