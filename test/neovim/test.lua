-- Neovim (Debian's 0.7) as a second, independent LSP client of `postfix-language-server --stdio`.
-- Run through scripts/e2e/run.mjs, which sets:
--   POSTFIX_E2E_ROOT       the repository (bin/postfix-language-server.js, built)
--   POSTFIX_E2E_WORKSPACE  a fresh copy of examples/ as .../postfix/{main,master}.cf
--   POSTFIX_E2E_NODE_BIN   the node that runs the server
--   POSTFIX_E2E_PENDING    pending parts to check too ("hover": the documentation hover)
--   POSTFIX_E2E_HOVER_SUMMARY  our documentation summary of smtpd_tls_security_level
-- Exits 0 (:qa!) when every check passes, 1 (:cq) otherwise. Every wait has a deadline.

local root = assert(os.getenv('POSTFIX_E2E_ROOT'), 'POSTFIX_E2E_ROOT is not set')
local ws = assert(os.getenv('POSTFIX_E2E_WORKSPACE'), 'POSTFIX_E2E_WORKSPACE is not set')
local node = os.getenv('POSTFIX_E2E_NODE_BIN') or 'node'
local pending = {}
for name in string.gmatch(os.getenv('POSTFIX_E2E_PENDING') or '', '[^,]+') do pending[name] = true end

local failures = 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(ok, what, detail)
  if ok then
    out('  ok    ' .. what)
  else
    failures = failures + 1
    out('  FAIL  ' .. what .. (detail and ('\n        ' .. detail) or ''))
  end
  return ok
end

local SYNTAX_RULES = { ['syntax-error'] = true, ['leading-whitespace'] = true, ['master-field'] = true, ['master-syntax'] = true, ['unindented-continuation'] = true }
local ERROR = vim.diagnostic.severity.ERROR

-- {code, severity, lnum, col, end_lnum, end_col} of the syntax findings, sorted; columns in bytes.
local function syntax_findings(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if SYNTAX_RULES[d.code] then table.insert(list, { d.code, d.severity, d.lnum, d.col, d.end_lnum, d.end_col }) end
  end
  table.sort(list, function(a, b) return a[3] < b[3] or (a[3] == b[3] and a[4] < b[4]) end)
  return list
end

-- Every publishDiagnostics, also the empty ones (vim.diagnostic cannot tell "none" from "not yet").
local published = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result then published[result.uri] = (published[result.uri] or 0) + 1 end
  return publish(err, result, ctx, config)
end

local function open(name, client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

local function master_diagnostics(client_id)
  local master = open('master.cf', client_id)
  local arrived = vim.wait(20000, function() return #syntax_findings(master) > 0 end, 20)
  if not check(arrived, 'master.cf: diagnostics arrive') then return end
  -- Line 1: "n" and six no-break spaces: UTF-16 columns 16-23 are bytes 16-29 here, so this
  -- also checks the position encoding between server and client.
  local expected = {
    { 'master-field', ERROR, 0, 16, 0, 29 },
    { 'unindented-continuation', ERROR, 1, 0, 1, 35 },
    { 'unindented-continuation', ERROR, 2, 0, 2, 29 },
    { 'unindented-continuation', ERROR, 3, 0, 3, 26 },
    { 'unindented-continuation', ERROR, 4, 0, 4, 31 },
    { 'unindented-continuation', ERROR, 5, 0, 5, 42 },
  }
  local got = syntax_findings(master)
  check(vim.deep_equal(got, expected), 'master.cf: codes, severities and ranges of the syntax findings', vim.inspect(got))
  local sources_ok = true
  for _, d in ipairs(vim.diagnostic.get(master)) do
    if d.source ~= 'postfix' then sources_ok = false end
  end
  check(sources_ok, 'master.cf: every diagnostic has source "postfix"')
end

local function main_symbols(client, main)
  local res = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(main) } }, 10000, main)
  if not check(res and res.result, 'main.cf: documentSymbol answers', vim.inspect(res)) then return end
  local expected = {}
  for i, line in ipairs(vim.api.nvim_buf_get_lines(main, 0, -1, false)) do
    local name = string.match(line, '^([%w_]+) = ')
    if name then table.insert(expected, { name, i - 1 }) end
  end
  -- Settings are grouped by category (kind 7, Property, marks a setting): the leaves are the settings.
  local got = {}
  local function walk(list)
    for _, s in ipairs(list) do
      if s.kind == 7 then table.insert(got, { s.name, s.selectionRange.start.line }) else walk(s.children or {}) end
    end
  end
  walk(res.result)
  check(#expected == 20 and vim.deep_equal(got, expected), 'main.cf: one symbol per setting, in file order', vim.inspect(got))
end

-- Hover markdown as plain text: escapes removed, whitespace runs collapsed.
local function plain(contents)
  local parts = {}
  local function add(c)
    if type(c) == 'string' then table.insert(parts, c)
    elseif c.value then table.insert(parts, c.value)
    else for _, x in ipairs(c) do add(x) end end
  end
  add(contents)
  local text = table.concat(parts, '\n')
  text = string.gsub(text, '\\([%p])', '%1')
  return (string.gsub(text, '%s+', ' '))
end

local function main_hover(client, main)
  local summary = string.gsub(os.getenv('POSTFIX_E2E_HOVER_SUMMARY') or '', '%s+', ' ')
  check(summary ~= '', 'the documentation summary of smtpd_tls_security_level is known')
  local res = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(main) },
    position = { line = 2, character = 5 },
  }, 10000, main)
  local ok = res and res.result and res.result.contents
  local text = ok and plain(res.result.contents) or vim.inspect(res)
  check(ok and string.find(text, summary, 1, true) ~= nil, 'main.cf: hover on smtpd_tls_security_level shows its summary', text)
end

local function main_edit(main)
  -- Remove the "=" of line 3 ("smtpd_tls_security_level = may"): a syntax error at that line.
  vim.api.nvim_buf_set_text(main, 2, 25, 2, 26, {})
  local arrived = vim.wait(20000, function() return #syntax_findings(main) > 0 end, 20)
  local got = syntax_findings(main)
  check(arrived and vim.deep_equal(got, { { 'syntax-error', ERROR, 2, 0, 2, 29 } }), 'main.cf: an edit that removes "=" is reported at that line', vim.inspect(got))
end

local function run()
  vim.o.swapfile = false
  local client_id = vim.lsp.start_client({
    name = 'postfix',
    cmd = { node, root .. '/bin/postfix-language-server.js', '--stdio' },
    root_dir = ws,
  })
  if not check(client_id ~= nil, 'the server starts') then return end
  master_diagnostics(client_id)
  local main = open('main.cf', client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local initialized = vim.wait(20000, function() return client.initialized end, 20)
  check(initialized, 'the server is initialized')
  local analysed = vim.wait(20000, function() return published[vim.uri_from_bufnr(main)] ~= nil end, 20)
  check(analysed and #syntax_findings(main) == 0, 'main.cf: analysed, no syntax finding in the example')
  main_symbols(client, main)
  if pending['hover'] then main_hover(client, main) else out('  (pending, not run: hover)') end
  main_edit(main)
  client.stop()
  check(vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20), 'the server shuts down')
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  failures = failures + 1
  out('  FAIL  error: ' .. tostring(err))
end
out(failures == 0 and 'neovim: all checks passed' or ('neovim: ' .. failures .. ' check(s) failed'))
if failures == 0 then vim.cmd('qa!') else vim.cmd('cq') end
