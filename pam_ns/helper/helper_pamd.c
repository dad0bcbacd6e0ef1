/* Reading PAM stacks (helper_pamd.h). */
#include "helper/helper_pamd.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "session/options.h"

/* The next word of *p (blanks skipped; a "[...]" control as one word),
 * NUL-terminated in place; NULL at the end of the line. */
static char *word(char **p)
{
	char *w = *p + strspn(*p, " \t\n");
	if (!*w)
		return NULL;
	char *end = *w == '[' ? strchr(w, ']') : NULL;
	end = end ? end + 1 : w + strcspn(w, " \t\n");
	*p = *end ? end + 1 : end;
	*end = '\0';
	return w;
}

/* One pam_ns.so line of `file`: its arguments, the rest of the line at p,
 * parsed as the module parses them. */
static void note_line(struct pns_pamd *out, const char *file, char *p)
{
	const char *argv[64];
	int argc = 0;
	for (char *a; argc < 64 && (a = word(&p));)
		argv[argc++] = a;
	struct pns_options o = { .on_error = -1 };
	const char *bad;
	if (pns_options_parse(argc, argv, &o, &bad) < 0 && !out->bad[0]) {
		snprintf(out->bad, sizeof(out->bad), "%s", bad);
		snprintf(out->bad_file, sizeof(out->bad_file), "%s", file);
	}
	/* The first line, unless a real one comes after a trial one. */
	if (out->loads && (out->real || o.dry_run))
		return;
	out->loads = true;
	out->real = !o.dry_run;
	snprintf(out->config, sizeof(out->config), "%s", o.config ? o.config : "");
	snprintf(out->helper, sizeof(out->helper), "%s", o.helper ? o.helper : "");
	snprintf(out->init, sizeof(out->init), "%s", o.init ? o.init : "");
}

static void read_stack(const char *file, int depth, struct pns_pamd *out)
{
	FILE *f = depth < 8 ? fopen(file, "re") : NULL;
	char line[1024], path[PATH_MAX];
	while (f && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "#")] = '\0';
		char *p = line, *type = word(&p), *control = word(&p), *module = word(&p);
		if (type && type[0] == '-')
			type++;
		const char *inc = type && !strcmp(type, "@include") ? control :
				  type && module && !strcmp(type, "session") &&
				  (!strcmp(control, "include") || !strcmp(control, "substack")) ? module : NULL;
		if (inc) {
			snprintf(path, sizeof(path), "%s%s", inc[0] == '/' ? "" : PNS_PAMD_DIR "/", inc);
			read_stack(path, depth + 1, out);
		} else if (type && module && !strcmp(type, "session")) {
			const char *base = strrchr(module, '/');
			if (!strcmp(base ? base + 1 : module, "pam_ns.so"))
				note_line(out, file, p);
		}
	}
	if (f)
		fclose(f);
}

/* The stack file of service into buf, "" when there is none. */
static void stack_file(const char *service, char *buf, size_t size)
{
	static const char *const dirs[] = { PNS_PAMD_DIR, PNS_PAMD_VENDOR_DIR };
	buf[0] = '\0';
	if (!service[0] || service[0] == '.' || strchr(service, '/'))
		return;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(buf, size, "%s/%s", dirs[i], service);
		if (access(buf, F_OK) == 0)
			return;
	}
	buf[0] = '\0';
}

bool pns_pamd_exists(const char *service)
{
	char file[PATH_MAX];
	stack_file(service, file, sizeof(file));
	return file[0] != '\0';
}

void pns_pamd_read(const char *service, struct pns_pamd *out)
{
	memset(out, 0, sizeof(*out));
	stack_file(service, out->file, sizeof(out->file));
	if (out->file[0])
		read_stack(out->file, 0, out);
}
