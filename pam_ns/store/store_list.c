/* Finding the instances under pin_dir and what each one holds. */
#include "store/store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "common/path.h"
#include "store/pin.h"

/* Directory entries of dirfd/name in sorted order (so list is stable). */
static int sorted_entries(int dirfd, const char *name, struct dirent ***out)
{
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -1;
	}
	struct dirent **v = NULL, *de;
	size_t n = 0, cap = 0;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !(de->d_type == DT_DIR || de->d_type == DT_UNKNOWN))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			struct dirent **nv = realloc(v, cap * sizeof(struct dirent *));
			if (!nv)
				break;
			v = nv;
		}
		v[n] = malloc(sizeof(**v));
		if (!v[n])
			break;
		memcpy(v[n++], de, sizeof(*de));
	}
	closedir(d);
	for (size_t a = 1; a < n; a++)
		for (size_t b = a; b > 0 && strcmp(v[b - 1]->d_name, v[b]->d_name) > 0; b--) {
			struct dirent *tmp = v[b];
			v[b] = v[b - 1];
			v[b - 1] = tmp;
		}
	*out = v;
	return (int)n;
}

static void free_entries(struct dirent **v, int n)
{
	for (int k = 0; k < n; k++)
		free(v[k]);
	free(v);
}

static int visit_set(int sets, const char *set, pns_store_visit_fn fn, void *ctx,
		     struct pns_err *e)
{
	cleanup_close int setfd = openat(sets, set, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (setfd < 0)	/* gone meanwhile, or not a directory: not a set */
		return errno == ENOENT || errno == ENOTDIR || errno == ELOOP ? 0 :
			pns_fail(e, errno, "store:sets/%s", PNS_ESC(set));
	struct pns_inst i;
	if (faccessat(setfd, "shared", F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
		if (pns_inst_init(&i, set, PNS_PER_SHARED, NULL, e) < 0 || fn(ctx, &i) < 0)
			return -1;
	}
	static const struct {
		const char *dir;
		enum pns_scope per;
	} kinds[] = { { "user", PNS_PER_USER }, { "group", PNS_PER_GROUP } };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(kinds); k++) {
		struct dirent **v = NULL;
		int n = sorted_entries(setfd, kinds[k].dir, &v);
		int rc = 0;
		for (int j = 0; j < n && rc == 0; j++) {
			/* user/ and group/ hold instance directories only: a
			 * user called "net" is an instance like any other. */
			if (!pns_name_valid(v[j]->d_name))
				continue;
			rc = pns_inst_init(&i, set, kinds[k].per, v[j]->d_name, e);
			if (rc == 0)
				rc = fn(ctx, &i);
		}
		/* n is 0 with v allocated when the first entry's malloc
		 * failed. */
		if (n >= 0)
			free_entries(v, n);
		if (rc < 0)
			return -1;
	}
	return 0;
}

int pns_store_each(struct pns_store *s, const char *set, pns_store_visit_fn fn, void *ctx,
		   struct pns_err *e)
{
	if (s->root < 0)
		return 0;
	cleanup_close int sets = pns_path_openat(s->root, "store:", "sets",
						 PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (sets < 0)
		return -1;
	if (set)
		return visit_set(sets, set, fn, ctx, e);
	struct dirent **v = NULL;
	int n = sorted_entries(sets, ".", &v);
	if (n < 0)
		return pns_fail(e, errno, "store:sets");
	int rc = 0;
	for (int j = 0; j < n && rc == 0; j++)
		if (pns_name_valid(v[j]->d_name))
			rc = visit_set(sets, v[j]->d_name, fn, ctx, e);
	free_entries(v, n);
	return rc;
}

int pns_store_inspect(struct pns_store *s, const struct pns_inst *i, unsigned types,
		      struct pns_inst_info *out, struct pns_err *e)
{
	memset(out, 0, sizeof(*out));
	struct pns_inst_status status;
	struct pns_pins pins;
	if (pns_inst_open(s, i, types, &pins, &status, e) < 0)
		return -1;
	if (status.state == PNS_INST_ABSENT)
		return pns_fail(e, ENOENT, "%s", status.why.msg);
	out->state = status.state;
	out->created = status.created;
	if (status.state != PNS_INST_COMPLETE)
		return 0;
	out->types = pins.types;
	memcpy(out->ids, pins.ids, sizeof(out->ids));
	memcpy(out->devs, pins.devs, sizeof(out->devs));
	pns_pins_close(&pins);
	return 0;
}

void pns_store_count_procs(struct pns_inst_info *info, size_t n)
{
	unsigned any_types = 0;
	for (size_t k = 0; k < n; k++) {
		memset(info[k].procs, 0, sizeof(info[k].procs));
		info[k].procs_any = 0;
		any_types |= info[k].types;
	}
	if (!any_types)
		return;
	DIR *d = opendir("/proc");
	if (!d)
		return;
	/* One pass over /proc: each process's namespace ids once, compared
	 * with every instance (n * processes comparisons, no more stats). */
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		struct stat ns[PNS_NTYPES];
		bool have[PNS_NTYPES] = { false };
		for (int t = 0; t < PNS_NTYPES; t++) {
			char path[PATH_MAX];
			if (!(any_types & PNS_BIT(t)))
				continue;
			snprintf(path, sizeof(path), "/proc/%s/ns/%s", de->d_name, pns_types[t].name);
			have[t] = stat(path, &ns[t]) == 0;
		}
		for (size_t k = 0; k < n; k++) {
			bool any = false;
			for (int t = 0; t < PNS_NTYPES; t++)
				if ((info[k].types & PNS_BIT(t)) && have[t] &&
				    ns[t].st_ino == info[k].ids[t] && ns[t].st_dev == info[k].devs[t]) {
					info[k].procs[t]++;
					any = true;
				}
			if (any)
				info[k].procs_any++;
		}
	}
	closedir(d);
}
