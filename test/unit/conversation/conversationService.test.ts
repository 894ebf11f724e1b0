/**
 * The whole conversation service on the duty loop's in-memory fakes, with the flows, lexicons and directory that
 * ship: what a person types is routed to the duty desk or read as the answer it is. One test file, one module per
 * topic in ./conversationService: building the real service (flows, the shipped lexicons compiled, the directory)
 * costs each test file 1 to 2 seconds. To run one topic:
 * `npx jest test/unit/conversation/conversationService -t 'choices typed in their own words'`.
 */
import './conversationService/dutyCommands';
import './conversationService/typedChoices';
