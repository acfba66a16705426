// datdot-chain-sdk's entry for CommonJS callers (datdot-service's roles `require` it):
// `const datdotChain = require('datdot-chain-client/compat'); const chainAPI = await datdotChain(profile)`.
module.exports = async function datdotChain (profile) {
  const { datdotChain } = await import('./index.js')
  return datdotChain(profile)
}
