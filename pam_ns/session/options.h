/* The module's options, as a pam.d line gives them (pam_ns(8), OPTIONS):
 * parsed here for the module, and for check, which reads the same lines. */
#ifndef PNS_OPTIONS_H
#define PNS_OPTIONS_H

#include <stdbool.h>

struct pns_options {
	const char *config;	/* config=/PATH: the policy */
	const char *helper;	/* helper=/PATH: pam_ns_helper, run to create a set */
	const char *init;	/* init=/PATH: pam_ns-init, PID 1 of a new pid namespace */
	bool debug;		/* debug: a syslog line per step */
	bool dry_run;		/* dry_run: log what would happen, change nothing */
	int on_error;		/* on_error=deny|allow: enum pns_on_error, -1: the policy decides */
	const char *rescue;	/* rescue=USER,...: NULL for none */
};

/* What the options accept, for the message about one that is wrong. */
#define PNS_OPTIONS_SYNTAX \
	"config=, helper= and init= take absolute paths, on_error= deny or allow, rescue= user names"

/*
 * Parse argv[0..argc) into *o, over what *o holds already (the caller's
 * defaults; the strings point into argv).  Returns 0, or -1 with *bad the
 * first argument that is unknown or invalid (the others are still parsed).
 */
int pns_options_parse(int argc, const char *const *argv, struct pns_options *o, const char **bad);

#endif
