/* Setting up namespaces that were just made, declared in setup.h.  The
 * module and the helper both call these, so each is self-contained. */
#include "session/setup.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/path.h"

int pns_setup_propagation(enum pns_propagation prop, struct pns_err *e)
{
	unsigned long flag;
	const char *name;
	switch (prop) {
	case PNS_PROP_SLAVE:
		flag = MS_SLAVE, name = "slave";
		break;
	case PNS_PROP_PRIVATE:
		flag = MS_PRIVATE, name = "private";
		break;
	case PNS_PROP_SHARED:
		flag = MS_SHARED, name = "shared";
		break;
	case PNS_PROP_UNCHANGED:
		return 0;
	default:
		return pns_fail(e, EINVAL, "unknown mount propagation %d", (int)prop);
	}
	if (mount("none", "/", "none", MS_REC | flag, NULL) < 0)
		return pns_fail(e, errno, "cannot make the mounts under / %s", name);
	return 0;
}

/* The options of every tmpfs pam_ns mounts: `size` as written (checked
 * first, since it goes into the option string) and one inode per 4 kB of
 * the size it comes to, at least 1024, so that a user cannot fill kernel
 * memory with empty files either. */
static int tmpfs_options(const char *mode, const char *size, char *buf, size_t len, struct pns_err *e)
{
	unsigned long long bytes;
	if (pns_tmpfs_size(size, 0, &bytes, e) < 0)
		return -1;
	unsigned long long inodes = bytes / 4096 > 1024 ? bytes / 4096 : 1024;
	return pns_snprintf(e, buf, len, "mode=%s,size=%s,nr_inodes=%llu", mode, size, inodes);
}

int pns_setup_tmp(const char *size, struct pns_err *e)
{
	char opts[128];
	if (!size)
		size = PNS_TMP_SIZE_DEFAULT;
	if (tmpfs_options("1777", size, opts, sizeof(opts), e) < 0)
		return -1;
	if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0)
		return pns_fail(e, errno, "cannot mount a private tmpfs on /tmp (%s)", opts);
	return 0;
}

int pns_setup_sysfs(struct pns_err *e)
{
	/* As ip netns exec: the old sysfs shows the net namespace it was
	 * mounted in.  Detaching may fail when /sys is not a mount point or
	 * is locked (a mount namespace owned by a less privileged user
	 * namespace); mounting on top of it hides it just as well. */
	if (umount2("/sys", MNT_DETACH) < 0 && errno != EINVAL)
		return pns_fail(e, errno, "cannot detach /sys");
	if (mount("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		return pns_fail(e, errno, "cannot mount a sysfs on /sys for this network namespace");
	return 0;
}

int pns_setup_etc_netns(const char *name, struct pns_err *e)
{
	char dir[PATH_MAX];
	if (!pns_name_valid(name))
		return pns_fail(e, EINVAL, "invalid /etc/netns name \"%s\"", name ? name : "");
	if (pns_snprintf(e, dir, sizeof(dir), "/etc/netns/%s", name) < 0)
		return -1;
	/* Its entries are bound over /etc for the session: the directory
	 * must be the admin's, with no link and no other writer anywhere on
	 * the way, as for the policy. */
	int fd = pns_path_open(dir, PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (fd < 0)
		return e->errnum == ENOENT ? 0 : -1;
	DIR *d = fdopendir(fd);
	if (!d) {
		int err = errno;
		close(fd);
		return pns_fail(e, err, "cannot read %s", dir);
	}
	int rc = 0;
	struct dirent *de;
	while ((errno = 0, de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char src[PATH_MAX], dst[PATH_MAX];
		struct stat st;
		if (pns_snprintf(e, src, sizeof(src), "%s/%s", dir, de->d_name) < 0 ||
		    pns_snprintf(e, dst, sizeof(dst), "/etc/%s", de->d_name) < 0) {
			rc = -1;
			break;
		}
		/* Like ip netns exec, only files that exist in /etc are
		 * replaced; others would need creating in the shared /etc. */
		if (lstat(dst, &st) < 0)
			continue;
		if (mount(src, dst, "none", MS_BIND, NULL) < 0) {
			rc = pns_fail(e, errno, "cannot bind %s over %s", src, dst);
			break;
		}
	}
	if (rc == 0 && errno != 0)
		rc = pns_fail(e, errno, "cannot read %s", dir);
	closedir(d);
	return rc;
}

int pns_setup_proc(struct pns_err *e)
{
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		return pns_fail(e, errno, "cannot mount a fresh proc on /proc");
	return 0;
}

int pns_runtime_root_make(struct pns_err *e)
{
	int fd = pns_path_open(PNS_RUNTIME_ROOT, PNS_PATH_DIR | PNS_PATH_TRUSTED | PNS_PATH_MKDIR, 0, e);
	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

int pns_setup_user_runtime(uid_t uid, gid_t gid, struct pns_err *e)
{
	/* No link on the way: the mount goes where the admin's tree says. */
	cleanup_close int before = pns_path_open(PNS_RUNTIME_ROOT, PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (before < 0)
		return -1;
	/* As logind bounds the real one (RuntimeDirectorySize=). */
	char opts[128];
	if (tmpfs_options("0755", "10%", opts, sizeof(opts), e) < 0)
		return -1;
	if (mount("pam_ns-runtime", PNS_RUNTIME_ROOT, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0)
		return pns_fail(e, errno, "cannot mount a private tmpfs on " PNS_RUNTIME_ROOT);
	/* Nobody else is in this mount namespace yet: the fresh tmpfs is
	 * ours until the session starts. */
	cleanup_close int root = open(PNS_RUNTIME_ROOT, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	char name[32];
	snprintf(name, sizeof(name), "%lu", (unsigned long)uid);
	if (root < 0 || mkdirat(root, name, 0700) < 0 ||
	    fchownat(root, name, uid, gid, AT_SYMLINK_NOFOLLOW) < 0 || fchmodat(root, name, 0700, 0) < 0)
		return pns_fail(e, errno, "cannot make the runtime directory " PNS_RUNTIME_ROOT "/%s", name);
	return 0;
}

int pns_setup_hostname(const char *name, struct pns_err *e)
{
	if (!pns_hostname_valid(name))
		return pns_fail(e, EINVAL, "\"%s\" is not a valid hostname", name ? name : "");
	if (sethostname(name, strlen(name)) < 0)
		return pns_fail(e, errno, "cannot set the hostname to %s", name);
	return 0;
}

int pns_setup_loopback(struct pns_err *e)
{
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return pns_fail(e, errno, "cannot open a socket to bring lo up");
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	int rc = 0;
	if (ioctl(fd, SIOCGIFFLAGS, &ifr) < 0) {
		rc = pns_fail(e, errno, "cannot read the flags of lo");
	} else if (!(ifr.ifr_flags & IFF_UP)) {
		ifr.ifr_flags |= IFF_UP;
		if (ioctl(fd, SIOCSIFFLAGS, &ifr) < 0)
			rc = pns_fail(e, errno, "cannot bring lo up");
	}
	close(fd);
	return rc;
}

int pns_setup_new(const struct pns_setup *s, unsigned new_mask, bool net_any, const char *hostname,
		  const char *netns, pns_step_fn step, void *ctx, struct pns_err *e)
{
	if (new_mask & PNS_BIT(PNS_MNT)) {
		if (pns_setup_propagation(s->propagation, e) < 0)
			return -1;
		PNS_STEP(step, ctx, "mount propagation of / set to %s",
			 pns_propagation_names[s->propagation]);
		if (s->tmp_private) {
			if (pns_setup_tmp(pns_tmp_size(s), e) < 0)
				return -1;
			PNS_STEP(step, ctx, "private tmpfs mounted on /tmp, size %s", pns_tmp_size(s));
		}
		if (net_any) {
			if (pns_setup_sysfs(e) < 0)
				return -1;
			PNS_STEP(step, ctx, "sysfs remounted on /sys for this network namespace");
			if (netns && netns[0]) {
				if (pns_setup_etc_netns(netns, e) < 0)
					return -1;
				PNS_STEP(step, ctx, "/etc/netns/%s applied over /etc", netns);
			}
		}
	}
	if ((new_mask & PNS_BIT(PNS_UTS)) && hostname && hostname[0]) {
		if (pns_setup_hostname(hostname, e) < 0)
			return -1;
		PNS_STEP(step, ctx, "hostname set to %s", hostname);
	}
	if ((new_mask & PNS_BIT(PNS_NET)) && s->loopback) {
		if (pns_setup_loopback(e) < 0)
			return -1;
		PNS_STEP(step, ctx, "lo brought up");
	}
	return 0;
}
