/* The module's options (options.h). */
#include "session/options.h"

#include <string.h>

#include "policy/policy.h"

int pns_options_parse(int argc, const char *const *argv, struct pns_options *o, const char **bad)
{
	*bad = NULL;
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		if (!strcmp(s, "debug"))
			o->debug = true;
		else if (!strcmp(s, "dry_run"))
			o->dry_run = true;
		else if (!strncmp(s, "config=", 7) && s[7] == '/')
			o->config = s + 7;
		else if (!strncmp(s, "helper=", 7) && s[7] == '/')
			o->helper = s + 7;
		else if (!strncmp(s, "init=", 5) && s[5] == '/')
			o->init = s + 5;
		else if (!strcmp(s, "on_error=deny"))
			o->on_error = PNS_ON_ERROR_DENY;
		else if (!strcmp(s, "on_error=allow"))
			o->on_error = PNS_ON_ERROR_ALLOW;
		else if (!strncmp(s, "rescue=", 7) && s[7])
			o->rescue = s + 7;
		else if (!*bad)
			*bad = s;
	}
	return *bad ? -1 : 0;
}
