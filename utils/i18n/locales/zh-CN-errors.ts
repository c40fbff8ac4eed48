import type { enErrors } from './en-errors';

/** Simplified Chinese sentences for failed replies; the type forces every English key. */
export const zhCNErrors: Record<keyof typeof enErrors, string> = {
  errMissingKey: '{provider} 需要 API 密钥。请在设置中填写，然后重新发送。',
  errMissingKeyPage: '{provider} 需要 API 密钥。请到 {keyPage} 获取，粘贴到设置中，然后重新发送。',
  errAuth: '{provider} 拒绝了 API 密钥。请在设置中检查密钥，然后重试。',
  errAuthKeyPage:
    '{provider} 拒绝了 API 密钥。请在设置中检查密钥（也可以到 {keyPage} 新建一个），然后重试。',
  errLocalForbidden:
    '{provider} 拒绝了请求（403）：它不接受来自浏览器扩展的请求。请允许扩展访问（Ollama：设置 OLLAMA_ORIGINS=chrome-extension://*,moz-extension://* 后重启），然后重试。',
  errNotFound:
    '{provider} 没有模型“{model}”，或接口地址有误。请从列表中选择模型（“本对话的模型”或设置），然后重试。',
  errDeploymentNotFound:
    '{provider} 没有名为“{model}”的部署。请在设置中把模型填写为你的部署名称（见 Azure AI Foundry），然后重试。',
  errBuiltinUnavailable:
    '此设备上无法使用 Chrome 内置模型（需要 Chrome 138 或更高版本，以及足够的磁盘空间和内存）。请在设置中选择其他服务商。',
  errBuiltinTooLong:
    '此对话对 Chrome 内置模型来说太长了，它的上下文很小。请新建对话，或在设置中选择更大的模型。',
  errBuiltinBusy: 'Chrome 内置模型正忙或仍在加载。请稍等片刻后重试。',
  errRateLimitWait: '{provider} 正在限制请求频率。请等待 {seconds} 秒后重试。',
  errRateLimit: '{provider} 正在限制请求频率，或额度已用完。请稍候再试。',
  errServer:
    '{provider} 出现服务器错误（{status}）。请稍后重试；如持续失败，请查看服务商的状态页面。',
  errNetwork: '无法连接 {provider}。请检查网络连接和设置中的接口地址，然后重试。',
  errNetworkLocal: '无法连接 {provider}。请确认它已在本机运行，然后重试。',
  errConnectionLost:
    '与 {provider} 的连接在回复中途断开，已收到的文字已保留。请检查网络连接后重试。',
  errStalled:
    '{provider} 已 {seconds} 秒没有返回任何内容，回复已停止。请重试；本地模型可能需要更长的加载时间（设置 → 等待回复）。',
  errBadRequest: '{provider} 拒绝了请求：{detail} 请检查模型和设置后重试。',
  errNoVision:
    '{model} 无法读取图片：请选择支持视觉的模型（“本对话的模型”或设置），然后重试。你的消息和图片都已保留。',
  errNotApi:
    '{provider} 返回的是网页而不是 API 数据。请检查设置中的接口地址（通常以 /v1 结尾），然后重试。',
  errBusy: '此对话仍在生成回复。请先停止，再重新发送。',
  errStorageFull:
    '磁盘已满：Sidechat 无法保存。请释放一些磁盘空间（或删除不再需要的对话），然后重试。',
  errStorageFailed: 'Sidechat 无法保存：浏览器拒绝写入历史记录。请关闭并重新打开面板，然后重试。',
  errNotFoundMessage: '该消息已不存在。请新建对话后重新发送。',
};
