/**
 * readAccount, the reading of a reporter's own account into the facts the triage asks about: the table of
 * accounts, the rules, and accounts written after the reader was finished. One test file, one module per topic in
 * ./reading: they share the account reading compiled from the shipped lexicons, which each test file built again.
 * To run one topic: `npx jest test/unit/risk/account/reading -t 'the table of accounts'`.
 */
import './reading/readAccount';
import './reading/readAccountRules';
import './reading/fresh';
