"""Warning control: warn(), the filter list, catch_warnings
(minipy: written in Python from the documented behaviour)."""

import sys
import re as _re

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

# Each filter: (action, message regex or None, category, module regex or None, lineno)
filters = []
defaultaction = 'default'
onceregistry = {}

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')
_generation = [0]


def _bump():
    _generation[0] += 1


def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as handle:
            for number, text in enumerate(handle, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


def formatwarning(message, category, filename, lineno, line=None):  # -> str
    """The text showwarning() prints: 'file:line: Category: message' and the source."""
    text = '{}:{}: {}: {}\n'.format(filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    line = line.strip() if line else ''
    if line:
        text += '  ' + line + '\n'
    return text


def _default_show(message, category, filename, lineno, file=None, line=None):
    target = sys.stderr if file is None else file
    if target is None:
        return
    try:
        target.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):  # replaceable
    """Write a warning to a file (sys.stderr by default); may be replaced."""
    _default_show(message, category, filename, lineno, file, line)


_original_showwarning = showwarning


def _is_warning_class(kind):
    return isinstance(kind, type) and issubclass(kind, Warning)


def _check_action(action):
    if action not in _ACTIONS:
        # CPython checks this with an assert
        raise AssertionError('invalid action: {!r}'.format(action))


def _insert(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _bump()


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Add a filter: action for warnings whose text matches message (a regex,
    case-insensitive, from the start), of category, raised in module (a regex)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not _is_warning_class(category):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    text_re = _re.compile(message, _re.I) if message else None
    module_re = _re.compile(module) if module else None
    _insert((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):  # any text/module
    """Add a filter matching every message and module."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _insert((action, None, category, None, lineno), append)


def resetwarnings():
    """Drop every filter."""
    del filters[:]
    _bump()


def _pick_action(text, category, module, lineno):
    for entry in filters:
        action, text_re, kind, module_re, line = entry
        if text_re is not None and not text_re.match(text):
            continue
        if not issubclass(category, kind):
            continue
        if module_re is not None and not module_re.match(module):
            continue
        if line and line != lineno:
            continue
        return action
    return defaultaction


class WarningMessage:
    """One recorded warning (what catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if category is None else category.__name__

    def __str__(self):
        return ('{{message : {!r}, category : {!r}, filename : {!r}, lineno : {}, '
                'line : {!r}}}').format(self.message, self._category_name, self.filename,
                                       self.lineno, self.line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location (no frame inspection)."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module.lower().endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):  # an instance brings its own category
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(text)
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _generation[0]:
        registry.clear()
        registry['version'] = _generation[0]
    spot = (text, category, lineno)
    if registry.get(spot):
        return
    action = _pick_action(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[spot] = 1
        key = (text, category)
        if onceregistry.get(key):
            return
        onceregistry[key] = 1
    elif action == 'module':
        registry[spot] = 1
        key = (text, category, 0)
        if registry.get(key):
            return
        registry[key] = 1
    elif action == 'default':
        registry[spot] = 1
    shower = globals()['showwarning']
    if not callable(shower):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    shower(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1, source=None):  # the main entry
    """Issue a warning; by default it is printed once per location to sys.stderr."""
    if isinstance(message, Warning):  # an instance brings its own category
        category = type(message)
    if category is None:
        category = UserWarning
    if not _is_warning_class(category):
        raise TypeError('category must be a Warning subclass, not {!r}'.format(
            type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)  # 1 = warn()'s caller
    except ValueError:
        frame = None
    if frame is None:
        namespace = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        namespace = frame.f_globals
        code = frame.f_code
        filename = code.co_filename
        lineno = frame.f_lineno
    module = namespace.get('__name__', '<string>') if frame is not None else 'sys'
    registry = namespace.setdefault('__warningregistry__', {}) if frame is not None else {}
    warn_explicit(message, category, filename, lineno, module, registry, namespace,
                  source)


class catch_warnings:
    """Context manager that saves the filters and showwarning on entry and
    restores them on exit; with record=True it collects WarningMessages."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules['warnings']
        self._entered = False
        self._filter_args = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        bits = []
        if self._record:
            bits.append('record=True')
        if self._module is not sys.modules['warnings']:  # non-default module
            bits.append('module={!r}'.format(self._module))
        return '{}({})'.format(type(self).__name__, ', '.join(bits))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter {!r} twice'.format(self))
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = self._saved_filters[:]
        globals()['filters'] = mod.filters if mod is sys.modules['warnings'] else filters
        _bump()
        self._saved_show = mod.showwarning
        if self._filter_args is not None:
            simplefilter(*self._filter_args)
        if self._record:
            log = []

            def remember(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            mod.showwarning = remember
            return log
        return None

    def __exit__(self, *exc_info):  # restore
        if not self._entered:
            raise RuntimeError('Cannot exit {!r} without entering first'.format(self))
        mod = self._module
        mod.filters = self._saved_filters
        if mod is sys.modules['warnings']:
            globals()['filters'] = mod.filters
        mod.showwarning = self._saved_show
        _bump()


# the filters CPython installs by default (no -W options, release build)
filters.append(('default', None, DeprecationWarning, _re.compile('__main__'), 0))
filters.append(('ignore', None, DeprecationWarning, None, 0))
filters.append(('ignore', None, PendingDeprecationWarning, None, 0))
filters.append(('ignore', None, ImportWarning, None, 0))
filters.append(('ignore', None, ResourceWarning, None, 0))
