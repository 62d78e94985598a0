// Ink imports is-in-ci and, when CI is set, stops drawing intermediate frames. blog-tui only
// starts Ink when stdin and stdout are terminals, so a person is watching: always draw.
export default false;
