/* pam_ns_helper: the commands, each in the file named after its job.  The
 * command table, option parsing, usage and policy loading are in helper.c;
 * a command only does its work. */
#ifndef PNS_HELPER_H
#define PNS_HELPER_H

#include <stdbool.h>

#include "policy/policy.h"

/* Exit codes, documented in pam_ns_helper(8). */
enum {
	PNS_EXIT_OK = 0,
	PNS_EXIT_FAIL = 1,	/* the command failed; the message says why */
	PNS_EXIT_USAGE = 2,	/* bad arguments */
	PNS_EXIT_POLICY = 3,	/* the policy could not be loaded */
	PNS_EXIT_NOTROOT = 77,	/* run by someone other than root */
};

/*
 * The command line, parsed once by main from the command table: a command
 * sees only the options and operands its table entry lists, already checked
 * (count of operands, required options, options that exclude each other).
 */
struct pns_helper_args {
	const char *prog;		/* argv[0] basename, for messages */
	const char *config;		/* -c FILE, default PNS_DEFAULT_CONFIG */
	const char *init;		/* -i FILE, default PNS_INIT_PATH */
	const char *set;		/* the SET operand (create, delete, exec) */
	char **command;			/* exec: COMMAND [ARG...] after "--" */
	const char *user, *group;	/* -u USER, -g GROUP */
	const char *service, *rhost, *tty;	/* explain: -s, -r, -t */
	const char *users_from;		/* explain --all -f FILE */
	char **users;			/* explain --all USER...: nusers of them */
	int nusers;
	bool all, prune, verbose, json, strict;	/* -a, -p, -v, -j, -S */
	bool help;			/* -h: main prints the help, the command never runs */
};

/* The commands: the policy is loaded (main exits 3 when it cannot be) and
 * freed by main.  Each returns an exit code. */
int pns_cmd_check(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_explain(const struct pns_helper_args *args, const struct pns_policy *pol);
/* explain --all (args->all), called by pns_cmd_explain. */
int pns_explain_all(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_create(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_delete(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_list(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_exec(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_apply(const struct pns_helper_args *args, const struct pns_policy *pol);
int pns_cmd_manager(const struct pns_helper_args *args, const struct pns_policy *pol);
/* Whether pam_ns runs for real (not dry_run) in the PAM stack of the
 * user's service manager (/etc/pam.d/systemd-user, else systemd's own in
 * /usr/lib/pam.d, with what it includes). */
bool pns_manager_stack_runs_pam_ns(void);
/* pol may be NULL (the policy is unusable): the default pin_dir then. */
int pns_cmd_purge(const struct pns_helper_args *args, const struct pns_policy *pol);

/* Print "prog: message" to stderr. */
void pns_helper_error(const struct pns_helper_args *args, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
