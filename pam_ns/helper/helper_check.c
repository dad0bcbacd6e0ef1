/* pam_ns_helper check: validate the policy like `sshd -t` or `visudo -c`. */
#include <getopt.h>
#include <stdio.h>

#include "helper/helper.h"
#include "policy/policy.h"

static void check_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s check [-c FILE]\n\n"
		     "Validate the policy and its drop-ins.  Silent with exit 0 when valid;\n"
		     "otherwise every error as FILE:LINE: MESSAGE and exit %d.\n",
		prog, PNS_EXIT_POLICY);
}

int pns_cmd_check(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	while ((c = getopt_long(argc, argv, "c:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			ctx->config = optarg;
			break;
		case 'h':
			check_usage(stdout, ctx->prog);
			return PNS_EXIT_OK;
		default:
			check_usage(stderr, ctx->prog);
			return PNS_EXIT_USAGE;
		}
	}
	if (optind != argc) {
		check_usage(stderr, ctx->prog);
		return PNS_EXIT_USAGE;
	}
	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	pns_policy_free(pol);
	return PNS_EXIT_OK;
}
