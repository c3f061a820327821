// Imported first by the seed commands, before the CMS configuration reads the environment:
// seeding publishes hundreds of documents, and each would queue a portal rebuild. The
// commands that seed (`npm start`, `npm run bench`) build the portals themselves afterwards.
process.env.CMS_PUBLISH_PORTALS = 'none';
