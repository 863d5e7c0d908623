# hub.extraConfig snippet: the chart's jupyterhub_config.py runs it last, with `c` in scope.
# hub/thinkube_access.py is mounted (hub.extraFiles) into the chart's configuration directory, which the
# chart's jupyterhub_config.py puts on sys.path itself (that is how it imports z2jh), so the module
# imports like z2jh does. It registers the policy built from the values the project synthesized
# (custom.thinkube and singleuser.profileList).
from thinkube_access import AccessPolicy
from z2jh import get_config

AccessPolicy.from_values(get_config("custom.thinkube"), get_config("singleuser.profileList", [])).configure(c)  # noqa: F821
