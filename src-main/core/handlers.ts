import type { Channel, ChannelOutput, ChannelParsedInput } from './contract/index.js';

/** One function per channel; it receives input already validated by the channel's schema. */
export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};
